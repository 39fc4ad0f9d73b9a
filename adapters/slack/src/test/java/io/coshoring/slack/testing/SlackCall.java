package io.coshoring.slack.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
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

  /** The action ids of the buttons in the call's blocks. */
  public List<String> actionIds() {
    List<String> ids = new ArrayList<>();
    String blocks = params.get("blocks");
    if (blocks == null) {
      return ids;
    }
    for (JsonElement block : JsonParser.parseString(blocks).getAsJsonArray()) {
      JsonObject object = block.getAsJsonObject();
      if ("actions".equals(object.get("type").getAsString())) {
        for (JsonElement element : object.getAsJsonArray("elements")) {
          ids.add(element.getAsJsonObject().get("action_id").getAsString());
        }
      }
    }
    return ids;
  }

  /** The texts of the sections in the call's blocks, as Slack reads them. */
  public List<String> sectionTexts() {
    List<String> texts = new ArrayList<>();
    String blocks = params.get("blocks");
    if (blocks == null) {
      return texts;
    }
    for (JsonElement block : JsonParser.parseString(blocks).getAsJsonArray()) {
      JsonObject object = block.getAsJsonObject();
      if ("section".equals(object.get("type").getAsString()) && object.has("text")) {
        texts.add(object.getAsJsonObject("text").get("text").getAsString());
      }
    }
    return texts;
  }
}
