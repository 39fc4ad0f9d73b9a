package io.coshoring.core.notify;

import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.port.DeliveryException;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox through the platforms' ports. A failure is retried with exponential backoff,
 * or after the platform's Retry-After when it gave one; what cannot be delivered is kept with its
 * error, never dropped.
 */
public final class Dispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  static final int MAX_ATTEMPTS = 8;
  private static final int BATCH = 50;
  private static final Duration POLL = Duration.ofMillis(200);

  private final Outbox outbox;
  private final ChatPorts ports;
  private final Clock clock;
  private final IntervalFunction backoff;
  private ScheduledExecutorService scheduler;

  public Dispatcher(Outbox outbox, ChatPorts ports, Clock clock, Duration firstRetry) {
    this.outbox = outbox;
    this.ports = ports;
    this.clock = clock;
    this.backoff =
        IntervalFunction.ofExponentialRandomBackoff(firstRetry, 2.0, 0.2, Duration.ofMinutes(30));
  }

  /** Delivers what is due now; returns how many were attempted. */
  public int deliverDue() {
    int attempted = 0;
    for (Notification notification : outbox.due(clock.instant(), BATCH)) {
      deliver(notification);
      attempted++;
    }
    return attempted;
  }

  /** Delivers in the background until closed. */
  public void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "coshoring-dispatcher");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        this::deliverSafely, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void deliverSafely() {
    try {
      deliverDue();
    } catch (RuntimeException e) {
      // A database hiccup must not stop deliveries for good: the next round tries again.
      log.warn("delivery round failed: {}", e.toString());
    }
  }

  private void deliver(Notification n) {
    try {
      ports.forId(n.recipientId()).sendDirect(n.recipientId(), n.message(), n.idempotencyKey());
      outbox.markSent(n.id(), clock.instant());
    } catch (DeliveryException e) {
      failed(n, e.getMessage(), e.retryable(), e.retryAfter().orElse(Duration.ZERO));
    } catch (RuntimeException e) {
      failed(n, e.toString(), true, Duration.ZERO);
    }
  }

  private void failed(Notification n, String error, boolean retryable, Duration retryAfter) {
    int attempt = n.attempts() + 1;
    if (!retryable) {
      log.info("notification {} to {} cannot be delivered: {}", n.id(), n.recipientId(), error);
      outbox.giveUp(n.id(), DeliveryState.UNDELIVERABLE, error);
    } else if (attempt >= MAX_ATTEMPTS) {
      log.warn(
          "notification {} to {} failed {} times, last: {}",
          n.id(),
          n.recipientId(),
          attempt,
          error);
      outbox.giveUp(n.id(), DeliveryState.FAILED, error);
    } else {
      Duration wait = Duration.ofMillis(Math.max(retryAfter.toMillis(), backoff.apply(attempt)));
      Instant next = clock.instant().plus(wait);
      outbox.retryLater(n.id(), next, error);
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
