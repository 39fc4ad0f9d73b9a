package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.storage.Database;
import io.coshoring.core.text.MessageSplitter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The relay's persistent queues, one a destination channel, each in order: a destination's next
 * item is its lowest sequence number, and nothing behind it is delivered before it. What failed for
 * good waits in the dead letters, with its error, for an admin to see.
 */
final class RelayQueueStore {

  private static final int MAX_ERROR_LENGTH = 1000;

  /**
   * How much waits for a channel, how much failed there for good, and how delivery there last went.
   *
   * @param lastDelivered null when nothing was delivered there yet
   * @param lastFailed null when nothing failed there yet
   * @param lastError the last failure as {@link LastErrorColumn} reads it
   */
  record Backlog(
      int waiting, int failed, Instant lastDelivered, Instant lastFailed, String lastError) {}

  private final Database database;

  RelayQueueStore(Database database) {
    this.database = database;
  }

  /** One item waiting: what to do in which channel, for which source message. */
  record Item(
      String target,
      long seq,
      RelayAction action,
      String sourceChannel,
      String sourceMessage,
      String payload,
      int attempts,
      Instant queuedAt) {}

  void enqueue(
      Handle handle,
      String target,
      RelayAction action,
      String sourceChannel,
      String sourceMessage,
      String payload,
      long now) {
    handle
        .createUpdate(
            "INSERT INTO relay_sequences (target_channel, last_seq) VALUES (:t, 1)"
                + " ON CONFLICT (target_channel) DO UPDATE"
                + " SET last_seq = relay_sequences.last_seq + 1")
        .bind("t", target)
        .execute();
    long seq =
        handle
            .createQuery("SELECT last_seq FROM relay_sequences WHERE target_channel = :t")
            .bind("t", target)
            .mapTo(Long.class)
            .one();
    handle
        .createUpdate(
            "INSERT INTO relay_queue (target_channel, seq, action, source_channel, source_message,"
                + " payload, attempts, next_attempt_at, created_at) VALUES (:t, :seq, :action,"
                + " :sc, :sm, :payload, 0, :now, :now)")
        .bind("t", target)
        .bind("seq", seq)
        .bind("action", action.name())
        .bind("sc", sourceChannel)
        .bind("sm", sourceMessage)
        .bind("payload", payload)
        .bind("now", now)
        .execute();
  }

  /** The first item of each destination whose turn has come, destinations in {@code skip} aside. */
  List<Item> dueHeads(Handle handle, Instant now, int limit) {
    return handle
        .createQuery(
            "SELECT q.* FROM relay_queue q JOIN (SELECT target_channel, MIN(seq) AS head FROM"
                + " relay_queue GROUP BY target_channel) h ON q.target_channel = h.target_channel"
                + " AND q.seq = h.head WHERE q.next_attempt_at <= :now ORDER BY q.created_at"
                + " LIMIT :limit")
        .bind("now", now.toEpochMilli())
        .bind("limit", limit)
        .map(
            (rs, ctx) ->
                new Item(
                    rs.getString("target_channel"),
                    rs.getLong("seq"),
                    RelayAction.valueOf(rs.getString("action")),
                    rs.getString("source_channel"),
                    rs.getString("source_message"),
                    rs.getString("payload"),
                    rs.getInt("attempts"),
                    Instant.ofEpochMilli(rs.getLong("created_at"))))
        .list();
  }

  boolean stillQueued(Item item) {
    return database.read(
        handle ->
            handle
                    .createQuery(
                        "SELECT COUNT(*) FROM relay_queue WHERE target_channel = :t AND seq = :seq")
                    .bind("t", item.target())
                    .bind("seq", item.seq())
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** The item was delivered: it leaves its queue, and the channel's health says when. */
  void delivered(Handle handle, Item item, long now) {
    done(handle, item);
    handle
        .createUpdate(
            "INSERT INTO relay_health (target_channel, last_delivered_at) VALUES (:t, :now)"
                + " ON CONFLICT (target_channel) DO UPDATE SET last_delivered_at = :now")
        .bind("t", item.target())
        .bind("now", now)
        .execute();
  }

  /** The channel's health says what members are told of the failure, in their language. */
  private void failedAt(Handle handle, String target, Explanation explanation, long now) {
    handle
        .createUpdate(
            "INSERT INTO relay_health (target_channel, last_failed_at, last_error)"
                + " VALUES (:t, :now, :error) ON CONFLICT (target_channel) DO UPDATE"
                + " SET last_failed_at = :now, last_error = :error")
        .bind("t", target)
        .bind("now", now)
        .bind("error", LastErrorColumn.written(explanation))
        .execute();
  }

  private void done(Handle handle, Item item) {
    handle
        .createUpdate("DELETE FROM relay_queue WHERE target_channel = :t AND seq = :seq")
        .bind("t", item.target())
        .bind("seq", item.seq())
        .execute();
  }

  /**
   * @param error the failure in English, for whoever reads the queue
   */
  void retryAt(
      Handle handle, Item item, Instant next, String error, Explanation explanation, long now) {
    failedAt(handle, item.target(), explanation, now);
    handle
        .createUpdate(
            "UPDATE relay_queue SET attempts = attempts + 1, next_attempt_at = :next,"
                + " last_error = :error WHERE target_channel = :t AND seq = :seq")
        .bind("next", next.toEpochMilli())
        .bind("error", cut(error))
        .bind("t", item.target())
        .bind("seq", item.seq())
        .execute();
  }

  /** Moves the item to the dead letters, with its error in English, and out of its queue's way. */
  void bury(Handle handle, Item item, String error, Explanation explanation, long now) {
    handle
        .createUpdate(
            "INSERT INTO relay_dead_letters (target_channel, seq, action, source_channel,"
                + " source_message, payload, attempts, error, failed_at) VALUES (:t, :seq,"
                + " :action, :sc, :sm, :payload, :attempts, :error, :now)")
        .bind("t", item.target())
        .bind("seq", item.seq())
        .bind("action", item.action().name())
        .bind("sc", item.sourceChannel())
        .bind("sm", item.sourceMessage())
        .bind("payload", item.payload())
        .bind("attempts", item.attempts() + 1)
        .bind("error", cut(error))
        .bind("now", now)
        .execute();
    failedAt(handle, item.target(), explanation, now);
    done(handle, item);
  }

  /** Whether a new message from this source waits to be posted in {@code target}. */
  boolean postWaits(Handle handle, String target, String sourceChannel, String sourceMessage) {
    return handle
            .createQuery(
                "SELECT COUNT(*) FROM relay_queue WHERE target_channel = :t"
                    + " AND source_channel = :sc AND source_message = :sm AND action = :post")
            .bind("t", target)
            .bind("sc", sourceChannel)
            .bind("sm", sourceMessage)
            .bind("post", RelayAction.POST.name())
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** Drops everything waiting for a channel that leaves its bridge. */
  void dropAll(Handle handle, String target) {
    handle
        .createUpdate("DELETE FROM relay_queue WHERE target_channel = :c")
        .bind("c", target)
        .execute();
  }

  /** How much waits for a channel, how much failed there for good, and how delivery last went. */
  Backlog backlog(String target) {
    return database.read(
        handle -> {
          int waiting = count(handle, "relay_queue", target);
          int failed = count(handle, "relay_dead_letters", target);
          return handle
              .createQuery(
                  "SELECT last_delivered_at, last_failed_at, last_error FROM relay_health"
                      + " WHERE target_channel = :c")
              .bind("c", target)
              .map(
                  (rs, ctx) ->
                      new Backlog(
                          waiting,
                          failed,
                          instant(rs, "last_delivered_at"),
                          instant(rs, "last_failed_at"),
                          rs.getString("last_error")))
              .findOne()
              .orElse(new Backlog(waiting, failed, null, null, null));
        });
  }

  private static int count(Handle handle, String table, String target) {
    return handle
        .createQuery("SELECT COUNT(*) FROM " + table + " WHERE target_channel = :c")
        .bind("c", target)
        .mapTo(Integer.class)
        .one();
  }

  /** A time column, null when it was never set. */
  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static String cut(String error) {
    String text = error == null ? "unknown error" : error;
    return MessageSplitter.shortened(text, MAX_ERROR_LENGTH);
  }
}
