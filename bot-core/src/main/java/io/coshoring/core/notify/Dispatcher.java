package io.coshoring.core.notify;

import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.Replier;
import io.coshoring.core.schedule.BackgroundLoop;
import io.coshoring.core.schedule.Backoff;
import io.coshoring.core.schedule.Lanes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox through the members' platforms. A failure is retried after the platform's
 * Retry-After when it gave one, else with exponential backoff; what cannot be delivered is kept
 * with its error, never dropped.
 */
public final class Dispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

  static final int MAX_ATTEMPTS = 8;
  private static final int BATCH = 200;

  /** Members are written to side by side, each member's direct messages in order. */
  private static final int THREADS = 8;

  private final OutboxStore outbox;
  private final Adapters adapters;
  private final Clock clock;
  private final Instant started;
  private final Backoff backoff;
  private final BackgroundLoop loop;
  private final Lanes lanes = new Lanes("coshoring-dispatcher", THREADS);

  /**
   * @param loop where deliveries run: polled, and woken by the outbox when it queues a message
   */
  public Dispatcher(
      OutboxStore outbox,
      Adapters adapters,
      Clock clock,
      Duration firstRetry,
      BackgroundLoop loop) {
    this.outbox = outbox;
    this.adapters = adapters;
    this.clock = clock;
    this.started = clock.instant();
    this.backoff = new Backoff(firstRetry, Duration.ofMinutes(30));
    this.loop = loop;
  }

  /** Delivers what is due now, one after another on this thread; returns how many. */
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
    lanes.start();
    loop.start(this::dispatchDue);
  }

  private void dispatchDue() {
    for (Notification n : outbox.due(clock.instant(), BATCH)) {
      // A member's messages keep their order; answers to requests stand each on their own.
      String lane = n.replyTo() == null ? n.recipientId() : n.idempotencyKey();
      lanes.submit(n.id(), lane, () -> deliverIfDue(n), loop::wake);
    }
  }

  /** A round that read it before an earlier delivery was recorded must not send it again. */
  private void deliverIfDue(Notification n) {
    if (outbox.stillDue(n)) {
      deliver(n);
    }
  }

  private void deliver(Notification n) {
    try {
      MemberRef to = MemberRef.parse(n.recipientId());
      if (n.replyTo() != null) {
        adapters.ability(to.platform(), Replier.class).reply(to, n.replyTo(), n.message());
      } else {
        adapters
            .of(to.platform())
            .sendDirect(to, n.message(), new Delivery(n.idempotencyKey(), mayHaveBeenSent(n)));
      }
      outbox.markSent(n.id(), clock.instant());
    } catch (DeliveryException e) {
      failed(n, e.getMessage(), e.retryable(), e.retryAfter());
    } catch (RuntimeException e) {
      failed(n, e.toString(), true, Optional.empty());
    }
  }

  /**
   * A notification queued before this process started may have been under way when the one before
   * it stopped; those queued since were each attempted here, and any attempt that failed is
   * counted.
   */
  private boolean mayHaveBeenSent(Notification n) {
    return n.attempts() > 0 || n.createdAt().isBefore(started);
  }

  private void failed(
      Notification n, String error, boolean retryable, Optional<Duration> retryAfter) {
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
      Instant next = clock.instant().plus(backoff.after(attempt, retryAfter));
      outbox.retryLater(n.id(), next, error);
    }
  }

  @Override
  public void close() {
    loop.close();
    lanes.close();
  }
}
