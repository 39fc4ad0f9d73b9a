package io.coshoring.discord;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.adapter.Explanation.Kind;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * What Discord's refusals mean to the core's retries, said so that a server admin can act on them:
 * in English for the logs, and explained for members to read in their language.
 */
final class DiscordFailures {

  private static final String DISCORD = "Discord";

  private DiscordFailures() {}

  /**
   * Permissions named as Discord's English client names them, as its settings list them.
   *
   * @param inChannel whether the channel's settings withhold them, rather than the server's
   */
  static Explanation missing(Collection<Permission> permissions, boolean inChannel) {
    return Explanation.of(
        Kind.DISCORD_PERMISSIONS_MISSING,
        "permissions",
        permissions.stream().map(Permission::getName).toList(),
        "count",
        permissions.size(),
        "where",
        inChannel ? "channel" : "server");
  }

  /**
   * The bot cannot see a channel: its role lacks View Channel there, or it is gone. A channel's
   * settings call the permission "View Channel", where JDA names it as a server's do.
   */
  static Explanation hidden() {
    return Explanation.of(Kind.DISCORD_CHANNEL_HIDDEN, "permission", "View Channel");
  }

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
        // JDA gives no channel when the permission is the server's, as Manage Channels is.
        missing(List.of(e.getPermission()), e.getChannelId() != 0),
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
        missing(List.of(needed), true),
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
    return DeliveryException.permanent(reason(e), explanation(e), e);
  }

  /** What a member is told; Discord's other refusals are the bot's business, in its logs. */
  private static Explanation explanation(ErrorResponseException e) {
    return switch (e.getErrorResponse()) {
      case MISSING_ACCESS -> hidden();
      case MISSING_PERMISSIONS -> Explanation.of(Kind.DISCORD_SOME_PERMISSION_MISSING);
      case UNKNOWN_CHANNEL -> Explanation.of(Kind.CHANNEL_DELETED, "platform", DISCORD);
      case UNKNOWN_MESSAGE -> Explanation.of(Kind.MESSAGE_DELETED, "platform", DISCORD);
      case EMPTY_MESSAGE -> Explanation.of(Kind.MESSAGE_EMPTY, "platform", DISCORD);
      case INVALID_FORM_BODY -> refusedMessage();
      default -> Explanation.of(Kind.REFUSED);
    };
  }

  /** Discord would not take a message as the bot wrote it: the bot's fault, to report. */
  static Explanation refusedMessage() {
    return Explanation.of(Kind.MESSAGE_REFUSED, "platform", DISCORD);
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
