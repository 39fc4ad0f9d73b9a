package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.post.PostIds;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import java.nio.file.Path;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Post ids are short and random: when one comes up twice, the second post draws another. */
class PostIdCollisionTest {

  @TempDir Path folder;

  @Test
  void aPostWhoseIdIsTakenGetsAnotherAndBothAreKept() {
    Clock clock = Clock.systemUTC();
    Database database = Database.sqlite(folder);
    RecordingAdapter members = new RecordingAdapter();
    try (CoshoringCore core =
        CoshoringCore.builder(database, MatchingEngine.inMemory(TestNetwork.TAXONOMY, clock))
            .clock(clock)
            .settings(TestNetwork.settings(5))
            .postIds(new PostIds(new RepeatingAtFirst()))
            .adapter(context -> members)
            .build()) {
      core.loadOpenPosts();
      String first = post(core, "alice", "I edit promo videos #video-editing");
      String second = post(core, "bob", "Need a React developer #react");

      assertTrue(first.contains("`paaaaaa`"), first);
      assertTrue(second.contains("is posted") && !second.contains("`paaaaaa`"), second);
      int stored =
          database.read(
              h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Integer.class).one());
      assertEquals(2, stored);
    }
  }

  private static String post(CoshoringCore core, String name, String text) {
    SpaceRef paris = new SpaceRef("console", "paris");
    return core.command(
            new InboundCommand(
                paris.member(name),
                name,
                "Paris",
                false,
                text.startsWith("Need") ? "demand" : "offer",
                text,
                new ChannelRef("console", "paris#general")))
        .message()
        .text();
  }

  /** Draws the same id twice (all zeros: "paaaaaa"), then others. */
  private static final class RepeatingAtFirst implements RandomGenerator {
    private long calls;

    @Override
    public long nextLong() {
      calls++;
      return calls <= 12 ? 0L : calls * 0x9E3779B97F4A7C15L;
    }
  }
}
