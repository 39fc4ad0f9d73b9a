package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** An answer Discord gives instead of doing what was asked: its status and its JSON body. */
record Refusal(int status, String body) {

  static Refusal missingAccess() {
    return of(403, "Missing Access", 50001);
  }

  static Refusal missingPermissions() {
    return of(403, "Missing Permissions", 50013);
  }

  static Refusal unknownChannel() {
    return of(404, "Unknown Channel", 10003);
  }

  static Refusal unknownGuild() {
    return of(404, "Unknown Guild", 10004);
  }

  static Refusal unknownMessage() {
    return of(404, "Unknown Message", 10008);
  }

  static Refusal unknownWebhook() {
    return of(404, "Unknown Webhook", 10015);
  }

  /** A forum holds messages only in its posts. */
  static Refusal notTextChannel() {
    return of(400, "Cannot send messages in a non-text channel", 50008);
  }

  /** A webhook of a forum writes in a post: a new one, named, or one it names. */
  static Refusal forumWithoutThread() {
    return of(
        400, "Webhooks posted to forum channels must have a thread_name or thread_id", 220001);
  }

  static Refusal emptyMessage() {
    return of(400, "Cannot send an empty message", 50006);
  }

  /**
   * Discord's 50035, its {@code errors} naming each field refused, as in {@code
   * {"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"..."}]}}}.
   */
  static Refusal invalidFormBody(JsonObject fieldErrors) {
    JsonObject body = new JsonObject();
    body.addProperty("code", 50035);
    body.add("errors", fieldErrors);
    body.addProperty("message", "Invalid Form Body");
    return new Refusal(400, body.toString());
  }

  /** One field's error, to add to {@link #invalidFormBody}'s errors under the field's name. */
  static JsonObject fieldError(String code, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("code", code);
    error.addProperty("message", message);
    JsonArray errors = new JsonArray();
    errors.add(error);
    JsonObject field = new JsonObject();
    field.add("_errors", errors);
    return field;
  }

  private static Refusal of(int status, String message, int code) {
    JsonObject body = new JsonObject();
    body.addProperty("message", message);
    body.addProperty("code", code);
    return new Refusal(status, body.toString());
  }
}
