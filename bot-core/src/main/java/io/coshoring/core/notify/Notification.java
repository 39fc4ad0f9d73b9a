package io.coshoring.core.notify;

import io.coshoring.core.adapter.OutgoingMessage;
import java.time.Instant;

/**
 * A direct message in the outbox. {@code idempotencyKey} names what it is about (a match and a
 * recipient), so the same notification is never queued twice, and a retry can be recognized.
 *
 * @param score the match's score, to send the best first; 0 for other kinds
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
    Instant createdAt) {}
