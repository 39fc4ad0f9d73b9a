package io.coshoring.slack.testing;

import com.google.gson.JsonObject;
import java.util.Map;

/**
 * One call the fake Slack received: a Web API method with its token and parameters, or a POST to a
 * response URL (method {@code response:<name>}), with what the fake answered.
 */
public record SlackCall(
    String method, String token, Map<String, String> params, JsonObject answer) {

  public String param(String name) {
    return params.getOrDefault(name, "");
  }
}
