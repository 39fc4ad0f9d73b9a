package io.coshoring.core.wall;

import io.coshoring.core.storage.Database;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The wall's sessions, by the hash of their token. */
public final class WallSessionStore {

  /** A session as stored: the browser's token is not in it. */
  record Row(String memberId, String csrfToken, Instant expiresAt) {}

  private final Database database;

  public WallSessionStore(Database database) {
    this.database = database;
  }

  void insert(String tokenHash, Row row, Instant now) {
    database.writeAll(
        handle -> {
          // Expired sessions are swept as new ones open: the table stays as small as its use.
          handle
              .createUpdate("DELETE FROM wall_sessions WHERE expires_at <= :now")
              .bind("now", now.toEpochMilli())
              .execute();
          handle
              .createUpdate(
                  "INSERT INTO wall_sessions (token_hash, member_id, csrf_token, created_at,"
                      + " expires_at) VALUES (:hash, :member, :csrf, :created, :expires)")
              .bind("hash", tokenHash)
              .bind("member", row.memberId())
              .bind("csrf", row.csrfToken())
              .bind("created", now.toEpochMilli())
              .bind("expires", row.expiresAt().toEpochMilli())
              .execute();
        });
  }

  Optional<Row> find(String tokenHash, Instant now) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT member_id, csrf_token, expires_at FROM wall_sessions"
                        + " WHERE token_hash = :hash AND expires_at > :now")
                .bind("hash", tokenHash)
                .bind("now", now.toEpochMilli())
                .map(
                    (rs, ctx) ->
                        new Row(
                            rs.getString("member_id"),
                            rs.getString("csrf_token"),
                            Instant.ofEpochMilli(rs.getLong("expires_at"))))
                .findOne());
  }

  void delete(String tokenHash) {
    database.writeAll(
        handle ->
            handle
                .createUpdate("DELETE FROM wall_sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .execute());
  }

  /** Ends every session of the member, in the caller's transaction (forget-me). */
  public int deleteAllOf(Handle handle, String memberId) {
    return handle
        .createUpdate("DELETE FROM wall_sessions WHERE member_id = :m")
        .bind("m", memberId)
        .execute();
  }
}
