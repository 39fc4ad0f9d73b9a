package io.coshoring.slack.fake;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends our app the requests Slack sends it (slash commands, button clicks, modal submissions,
 * events), signed as Slack signs them, over real HTTP.
 *
 * <p>The signature is computed here with {@link Mac}, not with the SDK's generator, so that our
 * verification is checked against an independent implementation. Tests of the checks themselves can
 * forge, age or leave out the signature with {@link #sendSignedAt} and {@link #sendWithSignature}.
 */
public final class SlackRequests {

  /** The legacy verification token Slack still puts in payloads; Bolt ignores it. */
  public static final String VERIFICATION_TOKEN = "fake-verification-token";

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String JSON = "application/json";

  private final URI endpoint;
  private final String signingSecret;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * @param endpointUrl where our app takes Slack's requests, as {@code
   *     http://127.0.0.1:PORT/slack/events}
   */
  public SlackRequests(String endpointUrl, String signingSecret) {
    this.endpoint = URI.create(endpointUrl);
    this.signingSecret = signingSecret;
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
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", VERIFICATION_TOKEN);
    form.put("team_id", teamId);
    form.put("team_domain", teamDomain);
    form.put("channel_id", "C1");
    form.put("channel_name", "general");
    form.put("user_id", userId);
    form.put("user_name", userName);
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", WebApiAnswers.APP_ID);
    form.put("is_enterprise_install", "false");
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId);
    return sendSignedAt(now(), formBody(form), FORM);
  }

  public HttpResponse<String> blockAction(
      String teamId,
      String userId,
      String actionId,
      String value,
      String channelId,
      String messageTs,
      String responseUrl) {
    String actionTs = String.format("%d.%06d", now(), 100);
    return sendPayload(
        InteractionPayloads.blockAction(
            teamId, userId, actionId, value, channelId, messageTs, responseUrl, actionTs));
  }

  /**
   * @param stateValues input values by block id, then action id, as {@link #plainTextValue} or
   *     {@link #staticSelectValue} build them
   */
  public HttpResponse<String> viewSubmission(
      String teamId,
      String userId,
      String callbackId,
      String privateMetadata,
      Map<String, Map<String, JsonObject>> stateValues) {
    return sendPayload(
        InteractionPayloads.viewSubmission(
            teamId, userId, callbackId, privateMetadata, stateValues));
  }

  /** The state of a plain text input as a view submission carries it. */
  public static JsonObject plainTextValue(String value) {
    JsonObject input = new JsonObject();
    input.addProperty("type", "plain_text_input");
    input.addProperty("value", value);
    return input;
  }

  /** The state of a static select as a view submission carries it. */
  public static JsonObject staticSelectValue(String value) {
    JsonObject option = new JsonObject();
    option.add("text", InteractionPayloads.plainText(value));
    option.addProperty("value", value);
    JsonObject input = new JsonObject();
    input.addProperty("type", "static_select");
    input.add("selected_option", option);
    return input;
  }

  /**
   * An Events API callback; with {@code retryNum}, marked as Slack's retry of an event it thinks
   * went unanswered.
   */
  public HttpResponse<String> event(
      String teamId, String eventId, JsonObject event, Integer retryNum) {
    JsonObject authorization = new JsonObject();
    authorization.addProperty("team_id", teamId);
    authorization.addProperty("user_id", WebApiAnswers.BOT_USER_ID);
    authorization.addProperty("is_bot", true);
    JsonArray authorizations = new JsonArray();
    authorizations.add(authorization);
    long now = now();
    JsonObject body = new JsonObject();
    body.addProperty("token", VERIFICATION_TOKEN);
    body.addProperty("team_id", teamId);
    body.addProperty("api_app_id", WebApiAnswers.APP_ID);
    body.add("event", event);
    body.addProperty("type", "event_callback");
    body.addProperty("event_id", eventId);
    body.addProperty("event_time", now);
    body.add("authorizations", authorizations);
    body.addProperty("is_ext_shared_channel", false);
    Map<String, String> headers = signatureHeaders(now, body.toString());
    if (retryNum != null) {
      headers.put("X-Slack-Retry-Num", retryNum.toString());
      headers.put("X-Slack-Retry-Reason", "http_timeout");
    }
    return send(body.toString(), JSON, headers);
  }

  /** The challenge Slack sends when the events URL is set in the app's settings. */
  public HttpResponse<String> urlVerification(String challenge) {
    JsonObject body = new JsonObject();
    body.addProperty("token", VERIFICATION_TOKEN);
    body.addProperty("challenge", challenge);
    body.addProperty("type", "url_verification");
    return sendSignedAt(now(), body.toString(), JSON);
  }

  /** Sends {@code body} signed as if at {@code timestamp} (epoch seconds): stale when old. */
  public HttpResponse<String> sendSignedAt(long timestamp, String body, String contentType) {
    return send(body, contentType, signatureHeaders(timestamp, body));
  }

  /** Sends {@code body} with these signature headers; a null one is left out. */
  public HttpResponse<String> sendWithSignature(
      String body, String contentType, String timestamp, String signature) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (timestamp != null) {
      headers.put("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      headers.put("X-Slack-Signature", signature);
    }
    return send(body, contentType, headers);
  }

  /** POSTs {@code body} as is, with a null {@code contentType} left out. */
  public HttpResponse<String> send(String body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(request::header);
    return exchange(request.build());
  }

  /** A plain GET on our app's host, redirects not followed: for the OAuth install pages. */
  public HttpResponse<String> get(String pathAndQuery, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10));
    headers.forEach(request::header);
    return exchange(request.GET().build());
  }

  /** A form body, each value URL-encoded as Slack encodes it. */
  public static String formBody(Map<String, String> fields) {
    StringJoiner form = new StringJoiner("&");
    fields.forEach(
        (name, value) ->
            form.add(URLEncoder.encode(name, UTF_8) + "=" + URLEncoder.encode(value, UTF_8)));
    return form.toString();
  }

  /** {@code v0=} and the hex HMAC-SHA256 of {@code v0:TIMESTAMP:BODY} keyed by the secret. */
  String sign(long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(signingSecret.getBytes(UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(UTF_8));
      return "v0=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }

  private HttpResponse<String> sendPayload(JsonObject payload) {
    String body = formBody(Map.of("payload", payload.toString()));
    return sendSignedAt(now(), body, FORM);
  }

  private Map<String, String> signatureHeaders(long timestamp, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Slack-Request-Timestamp", Long.toString(timestamp));
    headers.put("X-Slack-Signature", sign(timestamp, body));
    return headers;
  }

  private HttpResponse<String> exchange(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not reach our app at " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while calling " + request.uri(), e);
    }
  }

  /** Epoch seconds, the unit of Slack's timestamps. */
  static long now() {
    return Instant.now().getEpochSecond();
  }
}
