package io.coshoring.discord.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** One REST call the fake Discord received, with its JSON body (or null) and its status. */
public record DiscordCall(String method, String path, JsonElement body, int status) {

  /** The body as an object, or an empty one. */
  public JsonObject json() {
    return body != null && body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
  }
}
