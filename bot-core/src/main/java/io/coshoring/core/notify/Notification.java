package io.coshoring.core.notify;

import io.coshoring.core.adapter.OutgoingMessage;
import java.time.Instant;
import java.util.UUID;

/**
 * A direct message in the outbox. {@code idempotencyKey} names what it is about (a match and a
 * recipient), so the same notification is never queued twice, and a retry can be recognized.
 *
 * @param score the match's score, to send the best first; 0 for other kinds
 * @param replyTo where a reply to a request goes, as its adapter named it; null for a direct
 *     message
 */
public record Notification(
    String id,
    String idempotencyKey,
    String recipientId,
    NotificationKind kind,
    OutgoingMessage message,
    double score,
    DeliveryState state,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    String replyTo) {

  /** The answer to a member's request, sent back where the platform said: {@code replyTo}. */
  public static Notification reply(
      String requestKey, String memberId, OutgoingMessage message, String replyTo, Instant now) {
    return new Notification(
        UUID.randomUUID().toString(),
        "reply:" + requestKey,
        memberId,
        NotificationKind.REPLY,
        message,
        0,
        DeliveryState.PENDING,
        0,
        now,
        null,
        now,
        replyTo);
  }
}
