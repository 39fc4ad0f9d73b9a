package io.coshoring.discord;

import io.coshoring.core.adapter.DeliveryException;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;

/** What Discord's refusals mean to the core's retries. */
final class DiscordFailures {

  private DiscordFailures() {}

  /**
   * A 5xx may pass; anything else Discord refused will be refused again. JDA has already retried
   * what can be retried (a 429 after its Retry-After, a 5xx a few times).
   */
  /**
   * JDA checks the bot's permissions before it calls Discord: one the server did not grant will not
   * come by retrying, and the people who can grant it are told which.
   */
  static DeliveryException of(InsufficientPermissionException e) {
    return DeliveryException.permanent(
        "the bot lacks Discord's \""
            + e.getPermission().getName()
            + "\" permission there; a server admin can give it to the bot's role, or invite the"
            + " bot again with the link in coshoring's README",
        e);
  }

  static DeliveryException of(ErrorResponseException e) {
    return e.isServerError()
        ? DeliveryException.temporary("Discord answered " + e.getErrorCode(), e)
        : DeliveryException.permanent(
            "Discord refused: " + e.getMeaning() + " (" + e.getErrorCode() + ")", e);
  }
}
