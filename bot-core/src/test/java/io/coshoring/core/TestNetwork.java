package io.coshoring.core;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The core on a real SQLite file, with a recording platform, so that tests read as a conversation:
 * {@code network.member("console:paris:alice").types("/offer ...")}. Nothing runs in the
 * background: the test delivers and keeps house itself. Stopping and starting again on the same
 * folder is a restart.
 */
final class TestNetwork implements AutoCloseable {

  static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  final RecordingAdapter port;
  final Database database;
  final CoshoringCore core;

  TestNetwork(Path folder, RecordingAdapter port, CoreSettings settings, Clock clock) {
    this(folder, port, settings, clock, true);
  }

  private TestNetwork(
      Path folder, RecordingAdapter port, CoreSettings settings, Clock clock, boolean loadPosts) {
    this.port = port;
    this.database = Database.sqlite(folder);
    this.core =
        CoshoringCore.builder(database, MatchingEngine.inMemory(TAXONOMY, clock))
            .clock(clock)
            .settings(settings)
            .adapter(context -> port)
            .build();
    if (loadPosts) {
      core.loadOpenPosts();
    }
  }

  /** The core on the folder, with the test settings; nothing started yet. */
  TestNetwork(Path folder, RecordingAdapter port) {
    this(folder, port, settings(5), Clock.systemUTC());
  }

  /**
   * The core on the folder as a restart finds it, for a test to prepare its database before {@code
   * core.start()} loads the open posts and runs what waits.
   */
  static TestNetwork restarted(Path folder, RecordingAdapter port) {
    return new TestNetwork(folder, port, settings(5), Clock.systemUTC(), false);
  }

  static TestNetwork start(Path folder, RecordingAdapter port) {
    return new TestNetwork(folder, port, settings(5), Clock.systemUTC());
  }

  static CoreSettings settings(int dailyMatchMessages) {
    return new CoreSettings(dailyMatchMessages, Duration.ofDays(30), 100, Duration.ofMillis(1));
  }

  TestMember member(String id) {
    return new TestMember(MemberRef.parse(id), false, null);
  }

  /** A member whose platform gives their full name, as Slack and Discord do. */
  TestMember member(String id, String fullName) {
    return new TestMember(MemberRef.parse(id), false, fullName);
  }

  /** A member their platform says administers their space. */
  TestMember admin(String id) {
    return new TestMember(MemberRef.parse(id), true, null);
  }

  /** Delivers the outbox until nothing more is due, as the dispatcher would over time. */
  void deliverAll() {
    for (int round = 0; round < 50; round++) {
      core.deliverDue();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void close() {
    core.close();
  }

  final class TestMember {
    private final MemberRef ref;
    private final boolean admin;
    private final String fullName;

    TestMember(MemberRef ref, boolean admin, String fullName) {
      this.ref = ref;
      this.admin = admin;
      this.fullName = fullName;
    }

    String types(String line) {
      String name = ref.local();
      String[] parts = line.substring(1).split("\\s+", 2);
      return core.command(
              new InboundCommand(
                  ref,
                  fullName != null
                      ? fullName
                      : Character.toUpperCase(name.charAt(0)) + name.substring(1),
                  ref.space().id(),
                  admin,
                  parts[0],
                  parts.length > 1 ? parts[1] : "",
                  new ChannelRef("console", ref.space().local() + "#general")))
          .message()
          .text();
    }

    String clicks(Button button) {
      return core.click(new ButtonClick(ref, button.actionId(), null)).message().text();
    }
  }
}
