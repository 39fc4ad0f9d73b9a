package io.coshoring.slack.fake;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * The JSON {@code payload} Slack posts when someone clicks a button or submits a modal, with the
 * fields Slack sends and Bolt reads.
 */
final class InteractionPayloads {

  private InteractionPayloads() {}

  static JsonObject blockAction(
      String teamId,
      String userId,
      String actionId,
      String value,
      String channelId,
      String messageTs,
      String responseUrl,
      String actionTs) {
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", messageTs);
    container.addProperty("channel_id", channelId);
    container.addProperty("is_ephemeral", false);
    JsonObject channel = new JsonObject();
    channel.addProperty("id", channelId);
    channel.addProperty("name", "general");
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", messageTs);
    message.addProperty("text", "A message with buttons");
    message.addProperty("user", WebApiAnswers.BOT_USER_ID);
    JsonObject action = new JsonObject();
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", "b1");
    action.add("text", plainText("x"));
    action.addProperty("value", value);
    action.addProperty("type", "button");
    action.addProperty("action_ts", actionTs);
    JsonArray actions = new JsonArray();
    actions.add(action);

    JsonObject payload = interaction("block_actions", teamId, userId);
    payload.add("container", container);
    payload.add("channel", channel);
    payload.add("message", message);
    payload.addProperty("response_url", responseUrl);
    payload.add("actions", actions);
    return payload;
  }

  static JsonObject viewSubmission(
      String teamId,
      String userId,
      String callbackId,
      String privateMetadata,
      Map<String, Map<String, JsonObject>> stateValues) {
    JsonObject values = new JsonObject();
    stateValues.forEach(
        (blockId, actions) -> {
          JsonObject block = new JsonObject();
          actions.forEach(block::add);
          values.add(blockId, block);
        });
    JsonObject state = new JsonObject();
    state.add("values", values);
    JsonObject view = new JsonObject();
    view.addProperty("id", "V00000001");
    view.addProperty("team_id", teamId);
    view.addProperty("type", "modal");
    view.add("blocks", new JsonArray());
    view.addProperty("private_metadata", privateMetadata);
    view.addProperty("callback_id", callbackId);
    view.add("state", state);
    view.addProperty("hash", "1700000000.fakehash");
    view.add("title", plainText("Form"));
    view.add("submit", plainText("Submit"));
    view.add("close", plainText("Cancel"));
    view.addProperty("clear_on_close", false);
    view.addProperty("notify_on_close", false);
    view.addProperty("root_view_id", "V00000001");
    view.addProperty("app_id", WebApiAnswers.APP_ID);
    view.addProperty("bot_id", WebApiAnswers.BOT_ID);

    JsonObject payload = interaction("view_submission", teamId, userId);
    payload.add("view", view);
    payload.add("response_urls", new JsonArray());
    return payload;
  }

  static JsonObject plainText(String text) {
    JsonObject json = new JsonObject();
    json.addProperty("type", "plain_text");
    json.addProperty("text", text);
    return json;
  }

  /** The fields every interaction payload starts with: who, where, which app. */
  private static JsonObject interaction(String type, String teamId, String userId) {
    JsonObject team = new JsonObject();
    team.addProperty("id", teamId);
    team.addProperty("domain", teamId.toLowerCase());
    JsonObject user = new JsonObject();
    user.addProperty("id", userId);
    user.addProperty("username", userId.toLowerCase());
    user.addProperty("name", userId.toLowerCase());
    user.addProperty("team_id", teamId);
    JsonObject payload = new JsonObject();
    payload.addProperty("type", type);
    payload.add("team", team);
    payload.add("user", user);
    payload.addProperty("api_app_id", WebApiAnswers.APP_ID);
    payload.addProperty("token", SlackRequests.VERIFICATION_TOKEN);
    payload.addProperty("trigger_id", "1700000000.1.fake-trigger");
    payload.addProperty("is_enterprise_install", false);
    return payload;
  }
}
