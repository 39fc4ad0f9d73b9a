package io.coshoring.slack.fake;

import com.google.gson.JsonObject;
import java.util.Map;

/**
 * What the fake answers to one request: status, JSON text and extra headers.
 *
 * <p>Normal answers and injected faults share this shape, so a fault can replace any answer.
 */
record HttpAnswer(int status, String body, Map<String, String> headers) {

  HttpAnswer {
    headers = Map.copyOf(headers);
  }

  static HttpAnswer json(JsonObject body) {
    return new HttpAnswer(200, body.toString(), Map.of());
  }

  /** The HTTP 200 answer Slack gives to a refused call: {@code {"ok":false,"error":...}}. */
  static HttpAnswer slackError(String error) {
    JsonObject body = new JsonObject();
    body.addProperty("ok", false);
    body.addProperty("error", error);
    return json(body);
  }

  /** {@code {"ok":true}} followed by the given name and value pairs. */
  static JsonObject okBody(String... namesAndValues) {
    JsonObject answer = new JsonObject();
    answer.addProperty("ok", true);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      answer.addProperty(namesAndValues[i], namesAndValues[i + 1]);
    }
    return answer;
  }
}
