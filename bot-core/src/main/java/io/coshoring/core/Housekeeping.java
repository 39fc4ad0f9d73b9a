package io.coshoring.core;

import io.coshoring.core.notify.DailyDigest;
import io.coshoring.core.post.ExpiryReminders;
import io.coshoring.core.storage.SeenEvents;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The periodic jobs: daily digests and expiry reminders. */
final class Housekeeping implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);
  private static final Duration EVERY = Duration.ofMinutes(1);

  private final DailyDigest digest;
  private final ExpiryReminders reminders;
  private final SeenEvents seenEvents;
  private ScheduledExecutorService scheduler;

  Housekeeping(DailyDigest digest, ExpiryReminders reminders, SeenEvents seenEvents) {
    this.digest = digest;
    this.reminders = reminders;
    this.seenEvents = seenEvents;
  }

  void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "coshoring-housekeeping");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(this::runOnce, 0, EVERY.toSeconds(), TimeUnit.SECONDS);
  }

  void runOnce() {
    try {
      reminders.queueDue();
      digest.queueDue();
      seenEvents.forgetOld();
    } catch (RuntimeException e) {
      // The next round tries again; what was queued is in the database already.
      log.warn("housekeeping round failed: {}", e.toString());
    }
  }

  @Override
  public void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      // A round under way finishes its write before the database goes away.
      try {
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
