package io.coshoring.core;

import io.coshoring.core.port.Button;
import io.coshoring.core.port.ButtonClick;
import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.port.InboundCommand;
import io.coshoring.core.space.Platform;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The core on a real SQLite file, with a recording platform, so that tests read as a conversation:
 * {@code network.member("console:paris:alice").types("/offer ...")}. Stopping and starting again on
 * the same folder is a restart.
 */
final class TestNetwork implements AutoCloseable {

  static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  final RecordingChatPort port;
  final CoshoringCore core;

  TestNetwork(Path folder, RecordingChatPort port, CoreSettings settings, Clock clock) {
    this.port = port;
    this.core =
        new CoshoringCore(
            Database.sqlite(folder),
            MatchingEngine.inMemory(TAXONOMY, clock),
            new ChatPorts().register(Platform.CONSOLE, port),
            clock,
            settings);
    core.loadOpenPosts();
  }

  static TestNetwork start(Path folder, RecordingChatPort port) {
    return new TestNetwork(folder, port, settings(5), Clock.systemUTC());
  }

  static CoreSettings settings(int dailyMatchMessages) {
    return new CoreSettings(dailyMatchMessages, Duration.ofDays(30), 100, Duration.ofMillis(1));
  }

  TestMember member(String id) {
    return new TestMember(id);
  }

  /** Delivers the outbox until nothing more is due, as the dispatcher would over time. */
  void deliverAll() {
    for (int round = 0; round < 50; round++) {
      core.dispatcher().deliverDue();
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
    private final String id;

    TestMember(String id) {
      this.id = id;
    }

    String types(String line) {
      String space = id.substring(0, id.lastIndexOf(':'));
      String name = id.substring(id.lastIndexOf(':') + 1);
      String[] parts = line.substring(1).split("\\s+", 2);
      return core.commands()
          .handle(
              new InboundCommand(
                  space,
                  space,
                  id,
                  Character.toUpperCase(name.charAt(0)) + name.substring(1),
                  false,
                  parts[0],
                  parts.length > 1 ? parts[1] : "",
                  space + "#general"))
          .message()
          .text();
    }

    String clicks(Button button) {
      String space = id.substring(0, id.lastIndexOf(':'));
      return core.buttons()
          .click(new ButtonClick(space, id, button.actionId(), null))
          .message()
          .text();
    }
  }
}
