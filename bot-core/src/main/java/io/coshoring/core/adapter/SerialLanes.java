package io.coshoring.core.adapter;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks off the caller's thread, one after another for the same key, side by side for
 * different keys: the messages of one channel reach the relay in the order they were written, while
 * channels do not wait for each other.
 */
public final class SerialLanes {

  private static final Logger log = LoggerFactory.getLogger(SerialLanes.class);

  private final Executor executor;
  private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

  public SerialLanes(Executor executor) {
    this.executor = executor;
  }

  public void submit(String key, String what, Runnable task) {
    tails.compute(
        key,
        (k, tail) -> {
          // A task the executor refused fails its future; the lane goes on after it all the same.
          CompletableFuture<Void> previous =
              tail == null
                  ? CompletableFuture.completedFuture(null)
                  : tail.exceptionally(e -> null);
          CompletableFuture<Void> next =
              previous.thenRunAsync(
                  () -> {
                    try {
                      task.run();
                    } catch (RuntimeException e) {
                      log.error("{} failed", what, e);
                    }
                  },
                  executor);
          // The lane is forgotten once idle, so keys that come and go do not pile up.
          next.whenComplete((ignored, failure) -> tails.remove(k, next));
          return next;
        });
  }
}
