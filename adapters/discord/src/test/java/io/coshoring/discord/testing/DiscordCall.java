package io.coshoring.discord.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * One REST call the fake Discord received, with its JSON body (or null), its status, and when it
 * arrived ({@link System#nanoTime()}), for latency measures.
 */
public record DiscordCall(String method, String path, JsonElement body, int status, long nanos) {

  /** The body as an object, or an empty one. */
  public JsonObject json() {
    return body != null && body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
  }
}
