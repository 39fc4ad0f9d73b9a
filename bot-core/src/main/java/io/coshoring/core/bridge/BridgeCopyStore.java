package io.coshoring.core.bridge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Which messages the relay posted for which source message, part by part. It survives restarts, so
 * an edit or a delete days later still finds its copies, and a message the bot posted itself is
 * recognised when the platform echoes it back, on any instance.
 */
final class BridgeCopyStore {

  void record(
      Handle handle,
      String sourceChannel,
      String sourceMessage,
      String targetChannel,
      List<String> targetMessages,
      long now) {
    for (int part = 0; part < targetMessages.size(); part++) {
      handle
          .createUpdate(
              "INSERT INTO bridge_copies (source_channel, source_message, target_channel, part,"
                  + " target_message, created_at) VALUES (:sc, :sm, :tc, :part, :tm, :at)")
          .bind("sc", sourceChannel)
          .bind("sm", sourceMessage)
          .bind("tc", targetChannel)
          .bind("part", part)
          .bind("tm", targetMessages.get(part))
          .bind("at", now)
          .execute();
    }
  }

  /** The copies of a source message in a target channel, in part order; empty if none. */
  List<String> copies(
      Handle handle, String sourceChannel, String sourceMessage, String targetChannel) {
    return handle
        .createQuery(
            "SELECT target_message FROM bridge_copies WHERE source_channel = :sc"
                + " AND source_message = :sm AND target_channel = :tc ORDER BY part")
        .bind("sc", sourceChannel)
        .bind("sm", sourceMessage)
        .bind("tc", targetChannel)
        .mapTo(String.class)
        .list();
  }

  /**
   * The last message taken from a channel: the newest whose copies are recorded, queued, or given
   * up on.
   */
  Optional<String> lastTakenFrom(Handle handle, String channel) {
    return handle
        .createQuery(
            "SELECT source_message FROM (SELECT source_message, created_at AS taken FROM"
                + " bridge_copies WHERE source_channel = :c UNION ALL SELECT source_message,"
                + " created_at FROM relay_queue WHERE source_channel = :c AND action = 'POST'"
                + " UNION ALL SELECT source_message, failed_at FROM relay_dead_letters"
                + " WHERE source_channel = :c AND action = 'POST') ORDER BY taken DESC LIMIT 1")
        .bind("c", channel)
        .mapTo(String.class)
        .findOne();
  }

  /** The messages of a destination recorded as copies since a time. */
  Set<String> postedSince(Handle handle, String targetChannel, Instant since) {
    return Set.copyOf(
        handle
            .createQuery(
                "SELECT target_message FROM bridge_copies WHERE target_channel = :tc"
                    + " AND created_at >= :since")
            .bind("tc", targetChannel)
            .bind("since", since.toEpochMilli())
            .mapTo(String.class)
            .list());
  }

  /**
   * The message of {@code target} that stands for {@code message} of {@code channel}, for a reply
   * to land under it or a reaction to go on it: the original's copy there, or the original itself
   * when it is in {@code target}.
   */
  Optional<String> counterpart(Handle handle, String channel, String message, String target) {
    ReactionStore.Root root = root(handle, channel, message);
    if (root.channel().equals(target)) {
      return Optional.of(root.message());
    }
    return copies(handle, root.channel(), root.message(), target).stream().findFirst();
  }

  /** The message itself, or, when it is a copy, the message it copies. */
  ReactionStore.Root root(Handle handle, String channel, String message) {
    return handle
        .createQuery(
            "SELECT source_channel, source_message FROM bridge_copies"
                + " WHERE target_channel = :c AND target_message = :m")
        .bind("c", channel)
        .bind("m", message)
        .map((rs, ctx) -> new ReactionStore.Root(rs.getString(1), rs.getString(2)))
        .findFirst()
        .orElse(new ReactionStore.Root(channel, message));
  }

  /** Whether the relay itself posted this message. */
  boolean isCopy(Handle handle, String channel, String message) {
    return handle
            .createQuery(
                "SELECT COUNT(*) FROM bridge_copies WHERE target_channel = :c"
                    + " AND target_message = :m")
            .bind("c", channel)
            .bind("m", message)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  void forget(Handle handle, String sourceChannel, String sourceMessage, String targetChannel) {
    handle
        .createUpdate(
            "DELETE FROM bridge_copies WHERE source_channel = :sc AND source_message = :sm"
                + " AND target_channel = :tc")
        .bind("sc", sourceChannel)
        .bind("sm", sourceMessage)
        .bind("tc", targetChannel)
        .execute();
  }
}
