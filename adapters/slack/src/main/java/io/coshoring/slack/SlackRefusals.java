package io.coshoring.slack;

import io.coshoring.core.adapter.DeliveryException;
import java.util.Set;

/**
 * What Slack's refusals of a call mean for what was being sent, in words a workspace admin can act
 * on: they are shown in {@code /coshore bridge status} and kept with a message that was not
 * delivered. A busy or failing Slack is worth trying again; a refusal of the call itself is not.
 */
final class SlackRefusals {

  private static final Set<String> TRY_AGAIN =
      Set.of(
          "ratelimited",
          "rate_limited",
          "fatal_error",
          "internal_error",
          "service_unavailable",
          "request_timeout");

  private SlackRefusals() {}

  /**
   * @param neededScope the scope Slack says is missing, with {@code missing_scope}
   */
  static DeliveryException of(String error, String neededScope) {
    if (TRY_AGAIN.contains(error)) {
      return DeliveryException.temporary("Slack answered " + error + "; trying again later", null);
    }
    return DeliveryException.permanent(words(error, neededScope), null);
  }

  private static String words(String error, String neededScope) {
    return switch (error) {
      case "is_archived" ->
          "that channel is archived in Slack, so nothing can be posted in it: unarchive it and"
              + " run `/coshore bridge resume` there, or `/coshore bridge leave` to take it out of"
              + " the bridge (is_archived)";
      case "not_in_channel" ->
          "the coshoring app is not in that Slack channel: type `/invite @coshoring` in it"
              + " (not_in_channel)";
      case "channel_not_found" ->
          "Slack shows coshoring no such channel: it was deleted, or it is private and the app was"
              + " removed from it; type `/invite @coshoring` in it (channel_not_found)";
      case "missing_scope" ->
          "the Slack workspace has not given coshoring the `"
              + neededScope
              + "` permission: a workspace admin can reinstall the app to give it (missing_scope)";
      case "invalid_blocks" ->
          "Slack refused the layout of the message: a bug in coshoring, please report it"
              + " (invalid_blocks)";
      case "msg_too_long" ->
          "the message is longer than Slack takes: a bug in coshoring, please report it"
              + " (msg_too_long)";
      case "no_text" -> "the message was empty, and Slack posts no empty message (no_text)";
      default -> "Slack answered " + error;
    };
  }
}
