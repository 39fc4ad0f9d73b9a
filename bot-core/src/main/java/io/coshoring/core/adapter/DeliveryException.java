package io.coshoring.core.adapter;

import java.time.Duration;
import java.util.Optional;

/**
 * A platform did not take a message. {@code retryable} says whether trying again may work (a
 * timeout, a 5xx, a rate limit) or not (the member closed their DMs, the token was revoked). The
 * message is in English, for logs; what members read is its {@link Explanation}.
 */
public final class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final transient Duration retryAfter;
  private final transient Explanation explanation;

  private DeliveryException(
      String reason,
      boolean retryable,
      Duration retryAfter,
      Explanation explanation,
      Throwable cause) {
    super(reason, cause);
    this.retryable = retryable;
    this.retryAfter = retryAfter;
    this.explanation = explanation;
  }

  public static DeliveryException temporary(String reason, Throwable cause) {
    return new DeliveryException(reason, true, null, null, cause);
  }

  /** The platform asked us to wait, as with a 429 and its Retry-After. */
  public static DeliveryException rateLimited(String reason, Duration retryAfter) {
    return new DeliveryException(reason, true, retryAfter, null, null);
  }

  public static DeliveryException permanent(String reason, Throwable cause) {
    return new DeliveryException(reason, false, null, null, cause);
  }

  /**
   * A refusal a member can act on, or needs told: {@code explanation} says it in their language,
   * where {@code reason} says it in English for the logs.
   */
  public static DeliveryException permanent(
      String reason, Explanation explanation, Throwable cause) {
    return new DeliveryException(reason, false, null, explanation, cause);
  }

  public boolean retryable() {
    return retryable;
  }

  /** How long the platform asked us to wait, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * What to tell a member: the adapter's explanation, else that the platform refused it, or did not
   * take it for now, rather than the English meant for logs.
   */
  public Explanation explanation() {
    if (explanation != null) {
      return explanation;
    }
    return Explanation.of(
        retryable ? Explanation.Kind.NOT_TAKEN_FOR_NOW : Explanation.Kind.REFUSED);
  }
}
