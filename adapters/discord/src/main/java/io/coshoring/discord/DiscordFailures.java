package io.coshoring.discord;

import io.coshoring.core.adapter.DeliveryException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;

/** What Discord's refusals mean to the core's retries. */
final class DiscordFailures {

  private DiscordFailures() {}

  /**
   * A 5xx may pass; anything else Discord refused will be refused again. JDA has already retried
   * what can be retried (a 429 after its Retry-After, a 5xx a few times).
   */
  static DeliveryException of(ErrorResponseException e) {
    return e.isServerError()
        ? DeliveryException.temporary("Discord answered " + e.getErrorCode(), e)
        : DeliveryException.permanent(
            "Discord refused: " + e.getMeaning() + " (" + e.getErrorCode() + ")", e);
  }
}
