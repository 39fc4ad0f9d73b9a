package io.coshoring.slack;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.adapter.Explanation.Kind;
import java.util.Set;

/**
 * What Slack's refusals of a call mean for what was being sent, in words a workspace admin can act
 * on: explained in each member's language in {@code /coshore bridge status}, and in English in the
 * logs and with a message that was not delivered. A busy or failing Slack is worth trying again; a
 * refusal of the call itself is not.
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
    return DeliveryException.permanent(
        words(error, neededScope), explanation(error, neededScope), null);
  }

  /** The same, for members; what only a bug in coshoring explains is told as Slack's refusal. */
  private static Explanation explanation(String error, String neededScope) {
    return switch (error) {
      case "is_archived" -> Explanation.of(Kind.SLACK_CHANNEL_ARCHIVED);
      case "not_in_channel" -> Explanation.of(Kind.SLACK_NOT_IN_CHANNEL);
      case "channel_not_found" -> hidden();
      case "missing_scope" -> Explanation.of(Kind.SLACK_SCOPE_MISSING, "scope", neededScope);
      case "invalid_blocks", "msg_too_long" ->
          Explanation.of(Kind.MESSAGE_REFUSED, "platform", "Slack");
      case "no_text" -> Explanation.of(Kind.MESSAGE_EMPTY, "platform", "Slack");
      default -> Explanation.of(Kind.REFUSED);
    };
  }

  /** Slack hides a private channel from an app that is not in it, as it hides a deleted one. */
  static Explanation hidden() {
    return Explanation.of(Kind.SLACK_CHANNEL_HIDDEN);
  }

  /** The workspace's token is gone: coshoring was uninstalled, or its access revoked. */
  static Explanation uninstalled() {
    return Explanation.of(Kind.SLACK_UNINSTALLED);
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
