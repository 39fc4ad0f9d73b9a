package io.coshoring.core.post;

import io.coshoring.core.storage.Database;
import io.coshoring.matching.Overlap;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Price;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Members' posts. Writes take the caller's transaction, so a post and its matches commit together.
 */
public final class PostStore {

  private final Database database;

  public PostStore(Database database) {
    this.database = database;
  }

  public boolean exists(Handle handle, String id) {
    return handle
            .createQuery("SELECT COUNT(*) FROM posts WHERE id = :id")
            .bind("id", id)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /**
   * @param requestKey the request that published it, or null
   */
  public void insert(Handle handle, MemberPost post, String requestKey) {
    handle
        .createUpdate(
            "INSERT INTO posts (id, member_id, kind, text, work_mode, city, price, available_until,"
                + " visibility, overlap, state, created_at, expires_at, reminded_at, request_key)"
                + " VALUES (:id, :member, :kind, :text, :mode, :city, :price, :until, :visibility,"
                + " :overlap, :state, :created, :expires, :reminded, :request)")
        .bind("request", requestKey)
        .bind("id", post.id())
        .bind("member", post.memberId())
        .bind("kind", post.kind().name())
        .bind("text", post.text())
        .bind("mode", post.workMode().name())
        .bind("city", post.city())
        .bind("price", post.price() == null ? null : post.price().toString())
        .bind("until", post.availableUntil() == null ? null : post.availableUntil().toString())
        .bind("visibility", post.visibility().name())
        .bind("overlap", post.overlap() == null ? null : post.overlap().name())
        .bind("state", post.state().name())
        .bind("created", post.createdAt().toEpochMilli())
        .bind("expires", post.expiresAt().toEpochMilli())
        .bind("reminded", post.remindedAt() == null ? null : post.remindedAt().toEpochMilli())
        .execute();
  }

  /** The post a request published, if it did. */
  public Optional<MemberPost> findByRequest(String requestKey) {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT * FROM posts WHERE request_key = :key")
                .bind("key", requestKey)
                .map((rs, ctx) -> post(rs))
                .findOne());
  }

  public Optional<MemberPost> find(String id) {
    return database.read(handle -> find(handle, id));
  }

  public Optional<MemberPost> find(Handle handle, String id) {
    return handle
        .createQuery("SELECT * FROM posts WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> post(rs))
        .findOne();
  }

  /** The member's open posts, newest first. */
  public List<MemberPost> openOf(String memberId, Instant now) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM posts WHERE member_id = :member AND state = 'OPEN'"
                        + " AND expires_at > :now ORDER BY created_at DESC")
                .bind("member", memberId)
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> post(rs))
                .list());
  }

  /**
   * The newest open posts that a space's members share with the network. Members' ids start with
   * their space's ({@code slack:T1:U9}), so the space is read from the id, without the members'
   * table, which its own store reads.
   */
  public List<MemberPost> openSharedIn(String spaceId, Instant now, int limit) {
    String prefix = spaceId + ":";
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM posts WHERE substr(member_id, 1, :length) = :prefix"
                        + " AND visibility = 'NETWORK' AND state = 'OPEN' AND expires_at > :now"
                        + " ORDER BY created_at DESC LIMIT :limit")
                .bind("length", prefix.length())
                .bind("prefix", prefix)
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> post(rs))
                .list());
  }

  public List<String> idsOf(String memberId) {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT id FROM posts WHERE member_id = :member")
                .bind("member", memberId)
                .mapTo(String.class)
                .list());
  }

  /**
   * The open posts whose time ran out after {@code after} and by {@code by}, oldest first: for the
   * wall to take them off, a few at a time, without keeping every post's expiry in memory.
   */
  public List<String> expiredBetween(Instant after, Instant by) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT id FROM posts WHERE state = 'OPEN' AND expires_at > :after"
                        + " AND expires_at <= :by ORDER BY expires_at")
                .bind("after", after.toEpochMilli())
                .bind("by", by.toEpochMilli())
                .mapTo(String.class)
                .list());
  }

  /** Every open post of the network, to load the engine at start. */
  public List<MemberPost> allOpen(Instant now) {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT * FROM posts WHERE state = 'OPEN' AND expires_at > :now")
                .bind("now", now.toEpochMilli())
                .map((rs, ctx) -> post(rs))
                .list());
  }

  /** Open posts that expire before {@code before} and whose author was not yet told. */
  public List<MemberPost> expiringUnreminded(Handle handle, Instant now, Instant before) {
    return handle
        .createQuery(
            "SELECT * FROM posts WHERE state = 'OPEN' AND reminded_at IS NULL AND expires_at > :now"
                + " AND expires_at <= :before")
        .bind("now", now.toEpochMilli())
        .bind("before", before.toEpochMilli())
        .map((rs, ctx) -> post(rs))
        .list();
  }

  /** The post was matched again once searchable: see {@code Posting}. */
  public void markCaughtUp(Handle handle, String id, Instant now) {
    handle
        .createUpdate("UPDATE posts SET caught_up_at = :now WHERE id = :id")
        .bind("now", now.toEpochMilli())
        .bind("id", id)
        .execute();
  }

  public void markReminded(Handle handle, String id, Instant now) {
    handle
        .createUpdate("UPDATE posts SET reminded_at = :now WHERE id = :id")
        .bind("now", now.toEpochMilli())
        .bind("id", id)
        .execute();
  }

  /** Keeps the post open until {@code expiresAt}, and allows a new reminder before then. */
  public void renew(Handle handle, String id, Instant expiresAt) {
    handle
        .createUpdate("UPDATE posts SET expires_at = :expires, reminded_at = NULL WHERE id = :id")
        .bind("expires", expiresAt.toEpochMilli())
        .bind("id", id)
        .execute();
  }

  public void setState(Handle handle, String id, PostState state) {
    handle
        .createUpdate("UPDATE posts SET state = :state WHERE id = :id")
        .bind("state", state.name())
        .bind("id", id)
        .execute();
  }

  /** Deletes all the member's posts; returns how many there were. */
  public int deleteAllOf(Handle handle, String memberId) {
    return handle
        .createUpdate("DELETE FROM posts WHERE member_id = :member")
        .bind("member", memberId)
        .execute();
  }

  private static MemberPost post(ResultSet rs) throws SQLException {
    PostKind kind = PostKind.valueOf(rs.getString("kind"));
    String price = rs.getString("price");
    String until = rs.getString("available_until");
    String overlap = rs.getString("overlap");
    long reminded = rs.getLong("reminded_at");
    boolean neverReminded = rs.wasNull();
    long caughtUp = rs.getLong("caught_up_at");
    boolean notCaughtUp = rs.wasNull();
    return new MemberPost(
        rs.getString("id"),
        rs.getString("member_id"),
        kind,
        rs.getString("text"),
        WorkMode.valueOf(rs.getString("work_mode")),
        rs.getString("city"),
        price == null ? null : Price.parse(kind, price),
        until == null ? null : LocalDate.parse(until),
        Visibility.valueOf(rs.getString("visibility")),
        overlap == null ? null : Overlap.valueOf(overlap),
        PostState.valueOf(rs.getString("state")),
        Instant.ofEpochMilli(rs.getLong("created_at")),
        Instant.ofEpochMilli(rs.getLong("expires_at")),
        neverReminded ? null : Instant.ofEpochMilli(reminded),
        notCaughtUp ? null : Instant.ofEpochMilli(caughtUp));
  }
}
