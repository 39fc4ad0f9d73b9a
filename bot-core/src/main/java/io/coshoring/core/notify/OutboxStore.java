package io.coshoring.core.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Notifications waiting to be delivered, stored in the same transaction as what caused them, so a
 * crash can neither lose one nor queue one twice.
 */
public final class OutboxStore {

  private static final int MAX_ERROR_LENGTH = 1000;

  private final Database database;
  private final Runnable wakeDispatcher;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param wakeDispatcher told once a transaction that queued a message has committed, so the
   *     message waits for no poll
   */
  public OutboxStore(Database database, Runnable wakeDispatcher) {
    this.database = database;
    this.wakeDispatcher = wakeDispatcher;
  }

  /**
   * Queues the notification unless one with its idempotency key exists; returns whether it is new.
   */
  public boolean enqueue(Handle handle, Notification n) {
    if (n.state() == DeliveryState.PENDING) {
      handle.afterCommit(wakeDispatcher);
    }
    return handle
            .createUpdate(
                "INSERT INTO outbox (id, idempotency_key, recipient_id, kind, message, score, state,"
                    + " attempts, next_attempt_at, created_at, reply_to) VALUES (:id, :key,"
                    + " :recipient, :kind, :message, :score, :state, 0, :next, :created, :replyTo)"
                    + " ON CONFLICT DO NOTHING")
            .bind("id", n.id())
            .bind("key", n.idempotencyKey())
            .bind("recipient", n.recipientId())
            .bind("kind", n.kind().name())
            .bind("message", write(n.message()))
            .bind("score", n.score())
            .bind("state", n.state().name())
            .bind("next", n.nextAttemptAt().toEpochMilli())
            .bind("created", n.createdAt().toEpochMilli())
            .bind("replyTo", n.replyTo())
            .execute()
        == 1;
  }

  /** Pending notifications whose time has come, oldest first. */
  public List<Notification> due(Instant now, int limit) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM outbox WHERE state = 'PENDING' AND next_attempt_at <= :now"
                        + " ORDER BY next_attempt_at, created_at LIMIT :limit")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> notification(rs))
                .list());
  }

  /** Whether the notification still waits as it was read: no attempt since has been recorded. */
  public boolean stillDue(Notification n) {
    return database.read(
        handle ->
            handle
                    .createQuery(
                        "SELECT COUNT(*) FROM outbox WHERE id = :id AND state = 'PENDING'"
                            + " AND attempts = :attempts")
                    .bind("id", n.id())
                    .bind("attempts", n.attempts())
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** The member's notifications held for a digest, best match first. */
  public List<Notification> held(Handle handle, String recipientId) {
    return handle
        .createQuery(
            "SELECT * FROM outbox WHERE recipient_id = :r AND state = 'HELD' ORDER BY score DESC")
        .bind("r", recipientId)
        .map((rs, ctx) -> notification(rs))
        .list();
  }

  /** Members with notifications held for a digest. */
  public List<String> recipientsWithHeld() {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT DISTINCT recipient_id FROM outbox WHERE state = 'HELD'")
                .mapTo(String.class)
                .list());
  }

  /** How many notifications of a kind the member was sent, or has on the way, since a time. */
  public int countSince(Handle handle, String recipientId, NotificationKind kind, Instant since) {
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM outbox WHERE recipient_id = :r AND kind = :kind"
                + " AND state IN ('PENDING', 'SENT') AND created_at >= :since")
        .bind("r", recipientId)
        .bind("kind", kind.name())
        .bind("since", since.toEpochMilli())
        .mapTo(Integer.class)
        .one();
  }

  public void markSent(String id, Instant now) {
    database.writeAll(
        handle ->
            handle
                .createUpdate(
                    "UPDATE outbox SET state = 'SENT', sent_at = :now, attempts = attempts + 1 WHERE id = :id")
                .bind("now", now.toEpochMilli())
                .bind("id", id)
                .execute());
  }

  public void retryLater(String id, Instant next, String error) {
    database.writeAll(
        handle ->
            handle
                .createUpdate(
                    "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error"
                        + " WHERE id = :id")
                .bind("next", next.toEpochMilli())
                .bind("error", truncate(error))
                .bind("id", id)
                .execute());
  }

  /** Gives up on a notification, keeping why. */
  public void giveUp(String id, DeliveryState state, String error) {
    database.writeAll(
        handle ->
            handle
                .createUpdate(
                    "UPDATE outbox SET state = :state, attempts = attempts + 1, last_error = :error WHERE id = :id")
                .bind("state", state.name())
                .bind("error", truncate(error))
                .bind("id", id)
                .execute());
  }

  public void setState(Handle handle, String id, DeliveryState state) {
    handle
        .createUpdate("UPDATE outbox SET state = :state WHERE id = :id")
        .bind("state", state.name())
        .bind("id", id)
        .execute();
  }

  /** Deletes every notification to the member; returns how many there were. */
  public int deleteAllTo(Handle handle, String recipientId) {
    return handle
        .createUpdate("DELETE FROM outbox WHERE recipient_id = :r")
        .bind("r", recipientId)
        .execute();
  }

  /** Of the members given, the one the bot last queued a message for; empty if none. */
  public Optional<String> lastWrittenTo(List<String> recipients) {
    if (recipients.isEmpty()) {
      return Optional.empty();
    }
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT recipient_id FROM outbox WHERE recipient_id IN (<recipients>)"
                        + " ORDER BY created_at DESC LIMIT 1")
                .bindList("recipients", recipients)
                .mapTo(String.class)
                .findOne());
  }

  private Notification notification(ResultSet rs) throws SQLException {
    return new Notification(
        rs.getString("id"),
        rs.getString("idempotency_key"),
        rs.getString("recipient_id"),
        NotificationKind.valueOf(rs.getString("kind")),
        read(rs.getString("message")),
        rs.getDouble("score"),
        DeliveryState.valueOf(rs.getString("state")),
        rs.getInt("attempts"),
        Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
        rs.getString("last_error"),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        rs.getString("reply_to"));
  }

  private String write(OutgoingMessage message) {
    try {
      return json.writeValueAsString(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store a message as JSON", e);
    }
  }

  private OutgoingMessage read(String stored) {
    try {
      return json.readValue(stored, OutgoingMessage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored message is not valid JSON", e);
    }
  }

  private static String truncate(String error) {
    String text = error == null ? "unknown error" : error;
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
  }
}
