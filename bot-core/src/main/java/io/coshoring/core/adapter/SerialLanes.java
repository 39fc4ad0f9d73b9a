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

  /**
   * Runs the task after those submitted before it with the same key; the future completes when it
   * has run, exceptionally if it failed or was refused, for a caller that must wait for it.
   */
  public CompletableFuture<Void> submit(String key, String what, Runnable task) {
    return tails.compute(
        key,
        (k, tail) -> {
          // A failed or refused task fails its own future; the lane goes on after it all the same.
          CompletableFuture<Void> previous =
              tail == null
                  ? CompletableFuture.completedFuture(null)
                  : tail.exceptionally(e -> null);
          CompletableFuture<Void> next = previous.thenRunAsync(task, executor);
          next.whenComplete(
              (ignored, failure) -> {
                if (failure != null) {
                  log.error("{} failed", what, failure);
                }
                // The lane is forgotten once idle, so keys that come and go do not pile up.
                tails.remove(k, next);
              });
          return next;
        });
  }
}
