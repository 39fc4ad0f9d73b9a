package io.coshoring.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake's answers to the methods that post or show something: chat messages, DMs and views.
 *
 * <p>Each answer has the shape the Web API documents, with message timestamps and view ids that are
 * unique and increase, so a test can edit or delete what it posted by the id it got back.
 */
final class MessageAnswers {

  /** Slack timestamps are seconds with six decimals; these start at 1700000000.000100. */
  private static final long FIRST_TS_MICROS = 1_700_000_000_000_100L;

  private final AtomicLong postedMessages = new AtomicLong();
  private final AtomicLong openedViews = new AtomicLong();

  /** The answer to {@code call}, or {@code {"ok":true}} for a method it does not know. */
  JsonObject answer(SlackCall call) {
    return switch (call.method()) {
      case "chat.postMessage" -> postMessage(call);
      case "chat.postEphemeral" -> HttpAnswer.okBody("message_ts", nextTs());
      case "chat.update" ->
          withText(
              HttpAnswer.okBody("channel", call.param("channel"), "ts", call.param("ts")), call);
      case "chat.delete" ->
          HttpAnswer.okBody("channel", call.param("channel"), "ts", call.param("ts"));
      case "conversations.open" -> conversationsOpen(call);
      case "views.open", "views.push", "views.publish", "views.update" -> view(call);
      default -> HttpAnswer.okBody();
    };
  }

  private JsonObject postMessage(SlackCall call) {
    String ts = nextTs();
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("text", call.param("text"));
    message.addProperty("user", WebApiAnswers.BOT_USER_ID);
    message.addProperty("bot_id", WebApiAnswers.BOT_ID);
    message.addProperty("app_id", WebApiAnswers.APP_ID);
    message.addProperty("ts", ts);
    if (call.param("thread_ts") != null) {
      message.addProperty("thread_ts", call.param("thread_ts"));
    }
    JsonObject answer = HttpAnswer.okBody("channel", channelOf(call.param("channel")), "ts", ts);
    answer.add("message", message);
    return answer;
  }

  private static JsonObject withText(JsonObject answer, SlackCall call) {
    if (call.param("text") != null) {
      answer.addProperty("text", call.param("text"));
    }
    return answer;
  }

  private static JsonObject conversationsOpen(SlackCall call) {
    String id = call.param("channel");
    if (id == null) {
      String users = call.param("users");
      id = users == null ? "D0" : "D" + users.split(",")[0].trim();
    }
    JsonObject channel = new JsonObject();
    channel.addProperty("id", id);
    JsonObject answer = HttpAnswer.okBody();
    answer.add("channel", channel);
    return answer;
  }

  /** Echoes the view sent, with the fields Slack adds: id, hash, state, app. */
  private JsonObject view(SlackCall call) {
    JsonObject view = new JsonObject();
    JsonElement sent =
        call.param("view") == null ? null : JsonParser.parseString(call.param("view"));
    if (sent != null && sent.isJsonObject()) {
      view = sent.getAsJsonObject();
    }
    String id = call.param("view_id");
    if (id == null) {
      id = String.format("V%08d", openedViews.incrementAndGet());
    }
    view.addProperty("id", id);
    view.addProperty("root_view_id", id);
    view.addProperty("hash", nextTs() + ".fakehash");
    view.addProperty("app_id", WebApiAnswers.APP_ID);
    view.addProperty("bot_id", WebApiAnswers.BOT_ID);
    if (!view.has("state")) {
      JsonObject state = new JsonObject();
      state.add("values", new JsonObject());
      view.add("state", state);
    }
    JsonObject answer = HttpAnswer.okBody();
    answer.add("view", view);
    return answer;
  }

  /** A DM with a user is addressed by the user's id in chat.postMessage; Slack answers a D id. */
  private static String channelOf(String channel) {
    if (channel != null && (channel.startsWith("U") || channel.startsWith("W"))) {
      return "D" + channel;
    }
    return channel;
  }

  private String nextTs() {
    long micros = FIRST_TS_MICROS + 100 * postedMessages.getAndIncrement();
    return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
  }
}
