package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentWritesTest {

  private static final int WRITERS = 4;
  private static final int POSTS_PER_WRITER = 300;

  @Test
  void writersAndReadersAtOnceLeaveTheEngineConsistent() throws Exception {
    try (MatchingEngine engine = MatchingEngine.inMemory(TestTaxonomy.small(), TestPosts.CLOCK)) {
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
      List<Future<?>> tasks = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        tasks.add(pool.submit(() -> write(engine, writer)));
      }
      for (int r = 0; r < 2; r++) {
        tasks.add(pool.submit(() -> read(engine)));
      }
      for (Future<?> task : tasks) {
        task.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      engine.awaitSearchable();

      // Each writer removed every third post it added and updated the rest to video editing.
      int kept = WRITERS * (POSTS_PER_WRITER - POSTS_PER_WRITER / 3);
      assertEquals(kept, engine.size());
      assertEquals(
          MatchingEngine.MAX_RESULTS,
          engine
              .match(
                  demand("d", "reader@lyon", "need a promo video editor").build(),
                  MatchingEngine.MAX_RESULTS)
              .size());
      assertTrue(
          engine.match(demand("d", "reader@lyon", "need a Java developer").build(), 10).isEmpty());
    }
  }

  private static void write(MatchingEngine engine, int writer) {
    for (int i = 0; i < POSTS_PER_WRITER; i++) {
      String id = "w" + writer + "-" + i;
      engine.add(offer(id, "author" + writer + "@paris", "Java developer number " + i).build());
      if (i % 3 == 0) {
        engine.remove(id);
      } else {
        engine.update(
            offer(id, "author" + writer + "@paris", "Video editor, promo video " + i).build());
      }
    }
  }

  private static void read(MatchingEngine engine) {
    Post need = demand("d", "reader@lyon", "need a Java developer or a video editor").build();
    for (int i = 0; i < 200; i++) {
      for (Match match : engine.match(need, 20)) {
        assertTrue(match.score() >= 0 && match.score() <= 1);
      }
    }
  }
}
