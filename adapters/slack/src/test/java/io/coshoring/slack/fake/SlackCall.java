package io.coshoring.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request the fake Slack received: a Web API method call, or a post to a response URL.
 *
 * <p>Tests assert on these, on what went over the wire, rather than on what our code believes it
 * sent.
 *
 * @param method the Web API method ({@code chat.postMessage}), or {@code response:NAME} for a post
 *     to {@link FakeSlack#responseUrl(String)}
 * @param token the bearer token (or {@code token} form field); null when the request had none
 * @param params form fields, or top-level JSON fields as strings (nested values as JSON text); for
 *     OAuth calls, the HTTP basic credentials appear as {@code client_id} and {@code client_secret}
 * @param at when the fake received the request
 */
public record SlackCall(String method, String token, Map<String, String> params, Instant at) {

  public SlackCall {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** One parameter, or null when absent. */
  public String param(String name) {
    return params.get(name);
  }

  /** A parameter holding JSON (blocks, view), parsed, or null when absent. */
  public JsonElement jsonParam(String name) {
    String value = params.get(name);
    return value == null ? null : JsonParser.parseString(value);
  }

  /** A one-line summary for failure messages, long values cut short. */
  String summary() {
    StringBuilder line = new StringBuilder(method).append(" token=").append(token).append(" {");
    String separator = "";
    for (Map.Entry<String, String> param : params.entrySet()) {
      String value = param.getValue();
      if (value.length() > 120) {
        value = value.substring(0, 117) + "...";
      }
      line.append(separator).append(param.getKey()).append('=').append(value);
      separator = ", ";
    }
    return line.append('}').toString();
  }
}
