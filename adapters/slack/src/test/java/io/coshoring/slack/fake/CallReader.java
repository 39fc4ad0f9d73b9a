package io.coshoring.slack.fake;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one HTTP request to the fake into a {@link SlackCall}.
 *
 * <p>The Slack SDK sends Web API calls as forms with a bearer token, {@code oauth.v2.access} with
 * HTTP basic credentials, and response URL posts as JSON; other clients may send JSON or put the
 * token in the form. All of them end up as one flat map of strings, so tests assert the same way
 * whatever the encoding.
 */
final class CallReader {

  /**
   * The parameter that holds a body the fake does not split into fields, kept whole: multipart
   * (files.upload v1, users.setPhoto) or JSON that is not an object.
   */
  static final String WHOLE_BODY = "_body";

  private CallReader() {}

  static SlackCall read(String method, HttpExchange exchange) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    String query = exchange.getRequestURI().getRawQuery();
    if (query != null) {
      putForm(query, params);
    }
    String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if (contentType != null && contentType.toLowerCase().contains("json")) {
      putJson(body, params);
    } else if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
      params.put(WHOLE_BODY, body);
    } else {
      putForm(body, params);
    }
    String token = params.get("token");
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ")) {
      token = authorization.substring("Bearer ".length()).trim();
    } else if (authorization != null && authorization.startsWith("Basic ")) {
      putBasicCredentials(authorization.substring("Basic ".length()).trim(), params);
    }
    return new SlackCall(method, token, params, Instant.now());
  }

  private static void putForm(String form, Map<String, String> params) {
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      params.put(URLDecoder.decode(name, UTF_8), URLDecoder.decode(value, UTF_8));
    }
  }

  private static void putJson(String body, Map<String, String> params) {
    if (body.isBlank()) {
      return;
    }
    JsonElement json = JsonParser.parseString(body);
    if (!json.isJsonObject()) {
      params.put(WHOLE_BODY, body);
      return;
    }
    for (Map.Entry<String, JsonElement> field : ((JsonObject) json).entrySet()) {
      JsonElement value = field.getValue();
      if (value.isJsonNull()) {
        continue;
      }
      params.put(field.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
    }
  }

  private static void putBasicCredentials(String encoded, Map<String, String> params) {
    // okhttp encodes "id:secret" without escaping either part.
    String credentials = new String(Base64.getDecoder().decode(encoded), UTF_8);
    int colon = credentials.indexOf(':');
    if (colon >= 0) {
      params.putIfAbsent("client_id", credentials.substring(0, colon));
      params.putIfAbsent("client_secret", credentials.substring(colon + 1));
    }
  }
}
