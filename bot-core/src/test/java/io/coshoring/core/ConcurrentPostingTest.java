package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentPostingTest {

  private static final int MEMBERS = 50;
  private static final int POSTS_EACH = 4;

  @TempDir Path folder;

  @Test
  void fiftyMembersPostingAtOnceLoseNothing() throws Exception {
    try (TestNetwork network = TestNetwork.start(folder, new RecordingAdapter())) {
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<List<String>>> replies = new ArrayList<>();
      for (int m = 0; m < MEMBERS; m++) {
        String member = "console:space" + (m % 5) + ":member" + m;
        int n = m;
        replies.add(
            pool.submit(
                () -> {
                  List<String> said = new ArrayList<>();
                  for (int p = 0; p < POSTS_EACH; p++) {
                    said.add(
                        network
                            .member(member)
                            .types(
                                (n + p) % 2 == 0
                                    ? "/offer React developer number " + p + " #react"
                                    : "/demand Need a React developer, task " + p));
                  }
                  return said;
                }));
      }
      for (Future<List<String>> reply : replies) {
        for (String text : reply.get(2, TimeUnit.MINUTES)) {
          assertTrue(text.contains("is posted"), text);
        }
      }
      pool.shutdown();

      int stored =
          network.database.read(
              h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Integer.class).one());
      assertEquals(MEMBERS * POSTS_EACH, stored);
    }
  }
}
