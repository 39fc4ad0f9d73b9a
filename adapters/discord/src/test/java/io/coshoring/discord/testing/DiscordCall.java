package io.coshoring.discord.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * One REST call the fake Discord received, with its JSON body (or null), its status, and when it
 * arrived ({@link System#nanoTime()}), for latency measures.
 */
public record DiscordCall(
    String method,
    String path,
    String query,
    JsonElement body,
    int status,
    String answer,
    long nanos) {

  /** The id of the message the fake answered with, for a call that posted one. */
  public String answeredMessageId() {
    return com.google.gson.JsonParser.parseString(answer).getAsJsonObject().get("id").getAsString();
  }

  /** The body as an object, or an empty one. */
  public JsonObject json() {
    return body != null && body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
  }

  /** The custom ids of the buttons in the body, row by row, as on a message the bot sent. */
  public List<String> buttonIds() {
    List<String> ids = new ArrayList<>();
    JsonElement components = json().get("components");
    if (components == null || !components.isJsonArray()) {
      return ids;
    }
    for (JsonElement row : components.getAsJsonArray()) {
      for (JsonElement button : row.getAsJsonObject().getAsJsonArray("components")) {
        JsonObject object = button.getAsJsonObject();
        if (object.has("custom_id")) {
          ids.add(object.get("custom_id").getAsString());
        }
      }
    }
    return ids;
  }
}
