package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.port.InboundCommand;
import io.coshoring.core.post.PostIds;
import io.coshoring.core.space.Platform;
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
    try (CoshoringCore core =
        new CoshoringCore(
            database,
            MatchingEngine.inMemory(TestNetwork.TAXONOMY, clock),
            new ChatPorts().register(Platform.CONSOLE, new RecordingChatPort()),
            clock,
            TestNetwork.settings(5),
            new PostIds(new RepeatingAtFirst()))) {
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
    String space = "console:paris";
    return core.commands()
        .handle(
            new InboundCommand(
                space,
                "Paris",
                space + ":" + name,
                name,
                false,
                text.startsWith("Need") ? "demand" : "offer",
                text,
                space + "#general"))
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
