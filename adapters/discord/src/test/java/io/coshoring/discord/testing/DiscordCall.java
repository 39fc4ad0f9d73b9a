package io.coshoring.discord.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

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
}
