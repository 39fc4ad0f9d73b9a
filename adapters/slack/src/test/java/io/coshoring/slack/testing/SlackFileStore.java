package io.coshoring.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fake Slack's files, as Slack's external upload keeps them: a slot whose URL takes the bytes,
 * then completed and shared in a channel; served back at a private URL to a token with {@code
 * files:read}. Slack refuses to complete a slot that got no bytes, or other bytes than it was told.
 */
final class SlackFileStore {

  /** A file, shared in {@code channel} (team:channel) at {@code ts}, or not shared yet. */
  record StoredFile(
      String id,
      String team,
      String name,
      String mimeType,
      long declaredLength,
      byte[] bytes,
      String channel,
      String ts,
      String user) {

    JsonObject json(String base) {
      JsonObject file = new JsonObject();
      file.addProperty("id", id);
      file.addProperty("name", name);
      file.addProperty("title", name);
      file.addProperty("mimetype", mimeType);
      file.addProperty("size", bytes == null ? declaredLength : bytes.length);
      file.addProperty("user", user);
      file.addProperty("url_private", base + "/files/" + id + "/" + name);
      file.addProperty("url_private_download", base + "/files/" + id + "/download/" + name);
      file.addProperty("permalink", "https://workspace.slack.com/files/" + id);
      return file;
    }
  }

  private final Map<String, StoredFile> files = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  StoredFile slot(String team, String name, long length) {
    StoredFile file =
        new StoredFile(
            "F" + ids.incrementAndGet(), team, name, null, length, null, null, null, "UBOT");
    files.put(file.id(), file);
    return file;
  }

  /** The bytes posted to an upload URL; false for a slot Slack never gave. */
  boolean received(String id, byte[] bytes) {
    return files.computeIfPresent(
            id,
            (key, file) ->
                new StoredFile(
                    file.id(),
                    file.team(),
                    file.name(),
                    guessType(file.name()),
                    file.declaredLength(),
                    bytes,
                    null,
                    null,
                    file.user()))
        != null;
  }

  /**
   * Shares the files completed in one call; returns Slack's error for the first that cannot be, or
   * null.
   */
  String complete(String team, String filesJson, String channel, String ts) {
    JsonArray listed = JsonParser.parseString(filesJson).getAsJsonArray();
    for (JsonElement element : listed) {
      StoredFile file = files.get(element.getAsJsonObject().get("id").getAsString());
      if (file == null || !file.team().equals(team)) {
        return "file_not_found";
      }
      if (file.bytes() == null || file.bytes().length != file.declaredLength()) {
        return "upload_not_completed";
      }
    }
    for (JsonElement element : listed) {
      String id = element.getAsJsonObject().get("id").getAsString();
      files.computeIfPresent(
          id,
          (key, file) ->
              new StoredFile(
                  file.id(),
                  file.team(),
                  file.name(),
                  file.mimeType(),
                  file.declaredLength(),
                  file.bytes(),
                  team + ":" + channel,
                  ts,
                  file.user()));
    }
    return null;
  }

  /** A file a member shares: already complete, as Slack hands it to events. */
  StoredFile memberShares(
      String team, String channel, String user, String name, String mimeType, byte[] bytes) {
    StoredFile file =
        new StoredFile(
            "F" + ids.incrementAndGet(),
            team,
            name,
            mimeType,
            bytes.length,
            bytes,
            team + ":" + channel,
            null,
            user);
    files.put(file.id(), file);
    return file;
  }

  StoredFile get(String id) {
    return files.get(id);
  }

  boolean delete(String team, String id) {
    StoredFile file = files.get(id);
    if (file == null || !file.team().equals(team)) {
      return false;
    }
    files.remove(id);
    return true;
  }

  /** The files shared in a channel, for {@code files.list}. */
  List<StoredFile> sharedIn(String team, String channel) {
    return files.values().stream().filter(f -> (team + ":" + channel).equals(f.channel())).toList();
  }

  private static String guessType(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".png")) {
      return "image/png";
    }
    if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    return "application/octet-stream";
  }
}
