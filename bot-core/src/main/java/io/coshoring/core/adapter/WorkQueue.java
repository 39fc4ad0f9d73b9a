package io.coshoring.core.adapter;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an adapter works on a request after acknowledging it: Slack and Discord give a bot 3
 * seconds to answer, and a post with its matching and storage must not count against them. The
 * queue is bounded so that a flood is refused politely instead of filling the heap.
 */
public final class WorkQueue implements Executor, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);

  private static final int THREADS = 4;
  private static final int QUEUE = 10_000;
  private static final Duration DRAIN = Duration.ofSeconds(30);

  private final String platform;
  private final ThreadPoolExecutor executor;

  /**
   * @param platform names the threads and the log lines, as in {@code slack}
   */
  public WorkQueue(String platform) {
    this.platform = platform;
    AtomicInteger count = new AtomicInteger();
    executor =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            1,
            TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(QUEUE),
            task -> {
              Thread thread =
                  new Thread(task, "coshoring-" + platform + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Runs the task soon; returns false, having run nothing, when too much work is waiting. */
  /** For {@link SerialLanes} and the like: a refusal is thrown, as executors do. */
  @Override
  public void execute(Runnable task) {
    if (!submit("queued work", task)) {
      throw new RejectedExecutionException("too much work is waiting");
    }
  }

  public boolean submit(String what, Runnable task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              log.error("{}: {} failed", platform, what, e);
            }
          });
      return true;
    } catch (RejectedExecutionException e) {
      log.warn(
          "{}: {} refused, {} requests are waiting", platform, what, executor.getQueue().size());
      return false;
    }
  }

  /** Finishes the work already taken, for a while, before the core it uses is closed. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
        int dropped = executor.shutdownNow().size();
        log.warn(
            "{}: stopped with {} acknowledged requests not handled; their members get no"
                + " answer and may run them again",
            platform,
            dropped);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
