package io.coshoring.core.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A round of work run on one background thread: every {@code every}, and at once when {@link #wake}
 * says there is something new, so that what is queued waits for no timer. A round that fails is
 * logged and the next one tries again: what it works on is in the database.
 */
public final class BackgroundLoop implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(BackgroundLoop.class);

  private final String name;
  private final Duration every;
  private final AtomicBoolean woken = new AtomicBoolean();
  private volatile ScheduledExecutorService thread;
  private Runnable round;

  /**
   * @param name the thread's name, and what the log calls the loop
   */
  public BackgroundLoop(String name, Duration every) {
    this.name = name;
    this.every = every;
  }

  /** Runs {@code round} now, then every period and on every wake, until closed. */
  public synchronized void start(Runnable round) {
    if (thread != null) {
      throw new IllegalStateException(name + " is running already");
    }
    this.round = round;
    thread =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread named = new Thread(runnable, name);
              named.setDaemon(true);
              return named;
            });
    thread.scheduleWithFixedDelay(this::runRound, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Runs a round soon rather than at the next period; wakes made while one waits count as one. */
  public void wake() {
    ScheduledExecutorService running = thread;
    if (running != null && woken.compareAndSet(false, true)) {
      try {
        running.execute(
            () -> {
              woken.set(false);
              runRound();
            });
      } catch (RejectedExecutionException e) {
        woken.set(false);
      }
    }
  }

  private void runRound() {
    try {
      round.run();
    } catch (RuntimeException e) {
      log.warn("{}: round failed: {}", name, e.toString());
    }
  }

  @Override
  public void close() {
    ScheduledExecutorService running = thread;
    if (running == null) {
      return;
    }
    running.shutdownNow();
    // A round under way finishes its write before the database goes away.
    try {
      running.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
