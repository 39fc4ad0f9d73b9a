package io.coshoring.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What Slack sends to an app, over real HTTP to our endpoint, signed as Slack signs it: {@code v0=}
 * and the hex HMAC-SHA256 of {@code v0:<timestamp>:<body>} with the signing secret. Written from
 * Slack's documentation, not with the SDK's signer, so that the test checks our side on its own.
 */
public final class SlackRequests {

  private final URI endpoint;
  private final String secret;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public SlackRequests(String endpointUrl, String signingSecret) {
    this.endpoint = URI.create(endpointUrl);
    this.secret = signingSecret;
  }

  private final AtomicInteger triggers = new AtomicInteger();

  public HttpClient client() {
    return http;
  }

  public HttpResponse<String> slashCommand(
      String teamId,
      String teamDomain,
      String userId,
      String userName,
      String command,
      String text,
      String responseUrl,
      String triggerId) {
    return send(
        slashCommandRequest(
            "C1", teamId, teamDomain, userId, userName, command, text, responseUrl, triggerId));
  }

  /** A slash command typed in a given channel. */
  public HttpResponse<String> slashCommandIn(
      String channelId,
      String teamId,
      String teamDomain,
      String userId,
      String userName,
      String command,
      String text,
      String responseUrl) {
    // Slack gives each command typed a trigger id of its own.
    return send(
        slashCommandRequest(
            channelId,
            teamId,
            teamDomain,
            userId,
            userName,
            command,
            text,
            responseUrl,
            "trigger-in-" + triggers.incrementAndGet()));
  }

  /** The signed request of a slash command, to send as the caller likes (the load harness). */
  public HttpRequest slashCommandRequest(
      String channelId,
      String teamId,
      String teamDomain,
      String userId,
      String userName,
      String command,
      String text,
      String responseUrl,
      String triggerId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "verification-token");
    form.put("team_id", teamId);
    form.put("team_domain", teamDomain);
    form.put("channel_id", channelId);
    form.put("channel_name", "general");
    form.put("user_id", userId);
    form.put("user_name", userName);
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", "A1");
    form.put("is_enterprise_install", "false");
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId);
    return signed(form(form), "application/x-www-form-urlencoded", now());
  }

  public HttpResponse<String> blockAction(
      String teamId,
      String userId,
      String actionId,
      String channelId,
      String messageTs,
      String responseUrl) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "block_actions");
    payload.add("team", team(teamId));
    payload.add("user", user(teamId, userId));
    payload.addProperty("api_app_id", "A1");
    payload.addProperty("token", "verification-token");
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", messageTs);
    container.addProperty("channel_id", channelId);
    container.addProperty("is_ephemeral", false);
    payload.add("container", container);
    payload.addProperty("trigger_id", "trigger-" + UUID.randomUUID());
    JsonObject channel = new JsonObject();
    channel.addProperty("id", channelId);
    channel.addProperty("name", "directmessage");
    payload.add("channel", channel);
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", messageTs);
    message.addProperty("text", "a match");
    message.addProperty("user", "UBOT");
    payload.add("message", message);
    payload.addProperty("response_url", responseUrl);
    JsonObject action = new JsonObject();
    action.addProperty("action_id", actionId);
    action.addProperty("block_id", "choices");
    action.addProperty("value", actionId);
    action.addProperty("type", "button");
    action.addProperty("action_ts", Long.toString(Instant.now().getEpochSecond()));
    JsonArray actions = new JsonArray();
    actions.add(action);
    payload.add("actions", actions);
    return send(
        signed(
            form(Map.of("payload", payload.toString())),
            "application/x-www-form-urlencoded",
            now()));
  }

  /**
   * A modal submitted: {@code values} maps block ids to action ids to the element's state, as in
   * {@link #plainTextValue} and {@link #staticSelectValue}.
   */
  public HttpResponse<String> viewSubmission(
      String teamId,
      String userId,
      String callbackId,
      String privateMetadata,
      Map<String, Map<String, JsonObject>> values) {
    JsonObject payload = new JsonObject();
    payload.addProperty("type", "view_submission");
    payload.add("team", team(teamId));
    payload.add("user", user(teamId, userId));
    payload.addProperty("api_app_id", "A1");
    payload.addProperty("token", "verification-token");
    payload.addProperty("trigger_id", "trigger-" + UUID.randomUUID());
    JsonObject view = new JsonObject();
    view.addProperty("id", "V1");
    view.addProperty("team_id", teamId);
    view.addProperty("type", "modal");
    view.addProperty("callback_id", callbackId);
    view.addProperty("private_metadata", privateMetadata);
    view.addProperty("hash", "1.abc");
    JsonObject state = new JsonObject();
    JsonObject blocks = new JsonObject();
    values.forEach(
        (block, elements) -> {
          JsonObject byAction = new JsonObject();
          elements.forEach(byAction::add);
          blocks.add(block, byAction);
        });
    state.add("values", blocks);
    view.add("state", state);
    payload.add("view", view);
    return send(
        signed(
            form(Map.of("payload", payload.toString())),
            "application/x-www-form-urlencoded",
            now()));
  }

  public static JsonObject plainTextValue(String value) {
    JsonObject element = new JsonObject();
    element.addProperty("type", "plain_text_input");
    element.addProperty("value", value);
    return element;
  }

  public static JsonObject staticSelectValue(String value) {
    JsonObject option = new JsonObject();
    JsonObject text = new JsonObject();
    text.addProperty("type", "plain_text");
    text.addProperty("text", value);
    option.add("text", text);
    option.addProperty("value", value);
    JsonObject element = new JsonObject();
    element.addProperty("type", "static_select");
    element.add("selected_option", option);
    return element;
  }

  public static JsonObject datePickerValue(String date) {
    JsonObject element = new JsonObject();
    element.addProperty("type", "datepicker");
    element.addProperty("selected_date", date);
    return element;
  }

  /** An Events API callback; with {@code retryNum}, as Slack resends it after a timeout. */
  public HttpResponse<String> event(
      String teamId, String eventId, JsonObject event, Integer retryNum) {
    JsonObject body = new JsonObject();
    body.addProperty("token", "verification-token");
    body.addProperty("team_id", teamId);
    body.addProperty("api_app_id", "A1");
    body.add("event", event);
    body.addProperty("type", "event_callback");
    body.addProperty("event_id", eventId);
    body.addProperty("event_time", Instant.now().getEpochSecond());
    JsonArray authorizations = new JsonArray();
    JsonObject authorization = new JsonObject();
    authorization.addProperty("team_id", teamId);
    authorization.addProperty("user_id", "UBOT");
    authorization.addProperty("is_bot", true);
    authorizations.add(authorization);
    body.add("authorizations", authorizations);
    HttpRequest.Builder request = signedBuilder(body.toString(), "application/json", now());
    if (retryNum != null) {
      request.header("X-Slack-Retry-Num", retryNum.toString());
      request.header("X-Slack-Retry-Reason", "http_timeout");
    }
    return send(request.build());
  }

  /** A member's message in a channel; {@code threadTs} null outside a thread. */
  public HttpResponse<String> message(
      String teamId,
      String eventId,
      String channel,
      String user,
      String text,
      String ts,
      String threadTs) {
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("channel", channel);
    event.addProperty("user", user);
    event.addProperty("text", text);
    event.addProperty("ts", ts);
    event.addProperty("event_ts", ts);
    event.addProperty("channel_type", "channel");
    if (threadTs != null) {
      event.addProperty("thread_ts", threadTs);
    }
    return event(teamId, eventId, event, null);
  }

  /** A member shares a file ({@link FakeSlack#memberSharesFile}), with or without text. */
  public HttpResponse<String> fileShare(
      String teamId,
      String eventId,
      String channel,
      String user,
      String text,
      String ts,
      JsonObject file) {
    JsonObject event = subtyped("file_share", channel);
    event.remove("hidden");
    event.addProperty("user", user);
    event.addProperty("text", text);
    event.addProperty("ts", ts);
    JsonArray files = new JsonArray();
    files.add(file);
    event.add("files", files);
    return event(teamId, eventId, event, null);
  }

  /** A member adds ({@code added}) or removes a reaction on the message {@code ts}. */
  public HttpResponse<String> reaction(
      String teamId,
      String eventId,
      boolean added,
      String channel,
      String ts,
      String user,
      String name) {
    JsonObject event = new JsonObject();
    event.addProperty("type", added ? "reaction_added" : "reaction_removed");
    event.addProperty("user", user);
    event.addProperty("reaction", name);
    JsonObject item = new JsonObject();
    item.addProperty("type", "message");
    item.addProperty("channel", channel);
    item.addProperty("ts", ts);
    event.add("item", item);
    event.addProperty("event_ts", now() + ".000100");
    return event(teamId, eventId, event, null);
  }

  /** A member edits their message {@code ts}: Slack's message_changed. */
  public HttpResponse<String> messageChanged(
      String teamId, String eventId, String channel, String user, String text, String ts) {
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("user", user);
    message.addProperty("text", text);
    message.addProperty("ts", ts);
    JsonObject event = subtyped("message_changed", channel);
    event.add("message", message);
    return event(teamId, eventId, event, null);
  }

  /** A member deletes their message {@code ts}: Slack's message_deleted. */
  public HttpResponse<String> messageDeleted(
      String teamId, String eventId, String channel, String ts) {
    JsonObject event = subtyped("message_deleted", channel);
    event.addProperty("deleted_ts", ts);
    return event(teamId, eventId, event, null);
  }

  private static JsonObject subtyped(String subtype, String channel) {
    String now = now() + ".000900";
    JsonObject event = new JsonObject();
    event.addProperty("type", "message");
    event.addProperty("subtype", subtype);
    event.addProperty("channel", channel);
    event.addProperty("hidden", true);
    event.addProperty("ts", now);
    event.addProperty("event_ts", now);
    return event;
  }

  public HttpResponse<String> urlVerification(String challenge) {
    JsonObject body = new JsonObject();
    body.addProperty("token", "verification-token");
    body.addProperty("challenge", challenge);
    body.addProperty("type", "url_verification");
    return send(signed(body.toString(), "application/json", now()));
  }

  /** A request with the given timestamp and signature headers; a null one is left out. */
  public HttpResponse<String> sendWithSignature(
      String body, String contentType, String timestamp, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    return send(request.build());
  }

  /** A GET on the endpoint's host, redirects not followed (the OAuth install flow). */
  public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10));
    headers.forEach(request::header);
    return send(request.GET().build());
  }

  public String sign(long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest =
          mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String form(Map<String, String> fields) {
    StringJoiner form = new StringJoiner("&");
    fields.forEach(
        (key, value) ->
            form.add(
                URLEncoder.encode(key, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }

  public static long now() {
    return Instant.now().getEpochSecond();
  }

  private HttpRequest signed(String body, String contentType, long timestamp) {
    return signedBuilder(body, contentType, timestamp).build();
  }

  private HttpRequest.Builder signedBuilder(String body, String contentType, long timestamp) {
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
        .header("X-Slack-Signature", sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject team(String teamId) {
    JsonObject team = new JsonObject();
    team.addProperty("id", teamId);
    team.addProperty("domain", teamId.toLowerCase());
    return team;
  }

  private static JsonObject user(String teamId, String userId) {
    JsonObject user = new JsonObject();
    user.addProperty("id", userId);
    user.addProperty("username", userId.toLowerCase());
    user.addProperty("name", userId.toLowerCase());
    user.addProperty("team_id", teamId);
    return user;
  }
}
