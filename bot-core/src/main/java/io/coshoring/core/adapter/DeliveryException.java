package io.coshoring.core.adapter;

import java.time.Duration;
import java.util.Optional;

/**
 * A platform did not take a message. {@code retryable} says whether trying again may work (a
 * timeout, a 5xx, a rate limit) or not (the member closed their DMs, the token was revoked).
 */
public final class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final transient Duration retryAfter;

  private DeliveryException(
      String reason, boolean retryable, Duration retryAfter, Throwable cause) {
    super(reason, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
  }

  public static DeliveryException temporary(String reason, Throwable cause) {
    return new DeliveryException(reason, true, null, cause);
  }

  /** The platform asked us to wait, as with a 429 and its Retry-After. */
  public static DeliveryException rateLimited(String reason, Duration retryAfter) {
    return new DeliveryException(reason, true, retryAfter, null);
  }

  public static DeliveryException permanent(String reason, Throwable cause) {
    return new DeliveryException(reason, false, null, cause);
  }

  public boolean retryable() {
    return retryable;
  }

  /** How long the platform asked us to wait, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
