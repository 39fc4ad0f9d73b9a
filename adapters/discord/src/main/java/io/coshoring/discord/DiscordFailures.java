package io.coshoring.discord;

import io.coshoring.core.adapter.DeliveryException;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * What Discord's refusals mean to the core's retries, said so that a server admin can act on them.
 */
final class DiscordFailures {

  private DiscordFailures() {}

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

  /**
   * Discord refused a call that needs one permission: a 50013 there names it, where Discord's own
   * refusal cannot.
   */
  static DeliveryException of(ErrorResponseException e, Permission needed) {
    if (e.getErrorResponse() != ErrorResponse.MISSING_PERMISSIONS) {
      return of(e);
    }
    return DeliveryException.permanent(
        "the bot lacks Discord's \""
            + needed.getName()
            + "\" permission in that channel (Discord 50013): a server admin can give it to the"
            + " bot's role there",
        e);
  }

  /**
   * A 5xx may pass; anything else Discord refused will be refused again. JDA has already retried
   * what can be retried: it waits out a 429 however long Discord asks, and tries a 502 a few times.
   * Discord may refuse what JDA's cache allowed, when a server admin changed the channel since: its
   * refusal then does not say which permission, only that one is missing.
   */
  static DeliveryException of(ErrorResponseException e) {
    if (e.isServerError()) {
      return DeliveryException.temporary(
          "Discord failed (HTTP " + e.getResponse().code + "); it may pass", e);
    }
    return DeliveryException.permanent(reason(e), e);
  }

  private static String reason(ErrorResponseException e) {
    return switch (e.getErrorResponse()) {
      case MISSING_ACCESS ->
          "the bot cannot see that channel (Discord 50001): a server admin can give the bot's"
              + " role View Channel there";
      case MISSING_PERMISSIONS ->
          "the bot lacks a permission in that channel (Discord 50013): a server admin can check"
              + " what the channel's permission settings take from the bot's role; coshoring's"
              + " README lists what the bot needs";
      case UNKNOWN_CHANNEL -> "that channel no longer exists (Discord 10003): someone deleted it";
      case UNKNOWN_MESSAGE -> "that message no longer exists (Discord 10008): someone deleted it";
      case EMPTY_MESSAGE ->
          "Discord shows no empty message (Discord 50006): nothing of this one was left to show";
      default ->
          "Discord refused it: "
              + e.getMeaning()
              + " (Discord "
              + e.getErrorCode()
              + ")"
              + e.getSchemaErrors().stream()
                  .map(error -> "; " + error.getLocation() + ": " + messages(error))
                  .collect(Collectors.joining());
    };
  }

  /** Discord's words for what it refused in one field of a form, as "Must be 2000 or fewer". */
  private static String messages(ErrorResponseException.SchemaError error) {
    return error.getErrors().stream()
        .map(ErrorResponseException.ErrorCode::getMessage)
        .collect(Collectors.joining(", "));
  }
}
