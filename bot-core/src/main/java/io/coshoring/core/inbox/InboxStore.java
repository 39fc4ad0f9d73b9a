package io.coshoring.core.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coshoring.core.api.Request;
import io.coshoring.core.storage.Database;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Members' requests, each committed before its platform is acknowledged, in the order they came,
 * until they are answered. A request's key is unique: a platform's resend is not taken twice.
 */
final class InboxStore {

  private static final int MAX_ERROR_LENGTH = 1000;

  enum State {
    PENDING,
    DONE,
    FAILED
  }

  /** A request waiting to be run, with its number and how many runs failed already. */
  record Item(long seq, Request request, int attempts) {}

  private final Database database;
  private final ObjectMapper json = new ObjectMapper();

  InboxStore(Database database) {
    this.database = database;
  }

  /** Commits the request; returns false, having stored nothing, when its key came before. */
  boolean add(Request request, String lane, Instant now) {
    return database.write(
        handle -> {
          boolean seen =
              handle
                      .createQuery("SELECT COUNT(*) FROM inbox WHERE request_key = :key")
                      .bind("key", request.key())
                      .mapTo(Integer.class)
                      .one()
                  > 0;
          if (seen) {
            return false;
          }
          handle
              .createUpdate(
                  "INSERT INTO inbox_sequence (name, last_seq) VALUES ('inbox', 1)"
                      + " ON CONFLICT (name) DO UPDATE SET last_seq = inbox_sequence.last_seq + 1")
              .execute();
          long seq =
              handle
                  .createQuery("SELECT last_seq FROM inbox_sequence WHERE name = 'inbox'")
                  .mapTo(Long.class)
                  .one();
          handle
              .createUpdate(
                  "INSERT INTO inbox (seq, request_key, kind, lane, payload, reply_to, state,"
                      + " attempts, received_at, due_at) VALUES (:seq, :key, :kind, :lane,"
                      + " :payload, :replyTo, 'PENDING', 0, :now, :now)")
              .bind("seq", seq)
              .bind("key", request.key())
              .bind("kind", request.kind())
              .bind("lane", lane)
              .bind("payload", write(request))
              .bind("replyTo", request.replyTo())
              .bind("now", now.toEpochMilli())
              .execute();
          return true;
        });
  }

  /** Pending requests whose time has come, oldest first. */
  List<Item> pending(Instant now, int limit) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT seq, payload, attempts FROM inbox"
                        + " WHERE state = 'PENDING' AND due_at <= :now ORDER BY seq LIMIT :limit")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new Item(
                            rs.getLong("seq"),
                            read(rs.getString("payload")),
                            rs.getInt("attempts")))
                .list());
  }

  /** Whether the request still waits as it was read: a run since has not answered it. */
  boolean stillPending(Item item) {
    return database.read(
        handle ->
            handle
                    .createQuery(
                        "SELECT COUNT(*) FROM inbox WHERE seq = :seq AND state = 'PENDING'"
                            + " AND attempts = :attempts")
                    .bind("seq", item.seq())
                    .bind("attempts", item.attempts())
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Marks the request answered, within the transaction that queues its answer. */
  void done(Handle handle, long seq) {
    handle
        .createUpdate("UPDATE inbox SET state = 'DONE' WHERE seq = :seq")
        .bind("seq", seq)
        .execute();
  }

  /** Records a failed run; the request is tried again from {@code next}, or given up. */
  void failed(Handle handle, long seq, String error, Instant next, boolean giveUp) {
    handle
        .createUpdate(
            "UPDATE inbox SET attempts = attempts + 1, last_error = :error, due_at = :next,"
                + " state = :state WHERE seq = :seq")
        .bind(
            "error",
            error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH))
        .bind("next", next.toEpochMilli())
        .bind("state", giveUp ? State.FAILED.name() : State.PENDING.name())
        .bind("seq", seq)
        .execute();
  }

  /** Forgets answered requests old enough that their platform will not send them again. */
  void forgetAnsweredBefore(Instant before) {
    database.writeAll(
        handle ->
            handle
                .createUpdate(
                    "DELETE FROM inbox WHERE state <> 'PENDING' AND received_at < :before")
                .bind("before", before.toEpochMilli())
                .execute());
  }

  private String write(Request request) {
    try {
      return json.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot store a request as JSON", e);
    }
  }

  private Request read(String stored) {
    try {
      return json.readValue(stored, Request.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored request is not valid JSON", e);
    }
  }
}
