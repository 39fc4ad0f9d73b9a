package io.coshoring.core.notify;

/** Where a notification stands in the outbox. */
public enum DeliveryState {
  /** Waiting for its next attempt. */
  PENDING,
  /** Kept for the member's daily digest (daily members, or over the day's cap). */
  HELD,
  /** Sent into a digest instead of on its own. */
  DIGESTED,
  SENT,
  /** Retries ran out; the last error is kept. */
  FAILED,
  /** The platform said it can never be delivered (closed DMs, a removed member). */
  UNDELIVERABLE
}
