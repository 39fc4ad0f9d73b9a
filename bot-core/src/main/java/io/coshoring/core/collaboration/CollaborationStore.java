package io.coshoring.core.collaboration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Who was asked "Did you work together?" about which introduction, how many times, and what they
 * said: one row a side of an introduced pair.
 */
public final class CollaborationStore {

  /** A side's question and its answer; {@code answer} is null until they answer. */
  record Asked(String matchId, String memberId, int asks, CollaborationAnswer answer) {}

  /**
   * The ids of the pairs introduced in {@code (after, until]} whom nobody was asked about yet. It
   * reads the matches, their members and posts, which their own stores write. Both members and
   * posts must still be there: forget-me deletes a pair with its member, so this only keeps a
   * half-deleted pair from being tried again every round.
   */
  List<String> unasked(Handle handle, Instant after, Instant until) {
    return handle
        .createQuery(
            "SELECT x.id FROM matches x"
                + " JOIN members d ON d.id = x.demand_member_id"
                + " JOIN members o ON o.id = x.offer_member_id"
                + " JOIN posts dp ON dp.id = x.demand_post_id"
                + " JOIN posts op ON op.id = x.offer_post_id"
                + " WHERE x.introduced_at > :after AND x.introduced_at <= :until"
                + " AND NOT EXISTS (SELECT 1 FROM collaborations c WHERE c.match_id = x.id)"
                + " ORDER BY x.introduced_at")
        .bind("after", after.toEpochMilli())
        .bind("until", until.toEpochMilli())
        .mapTo(String.class)
        .list();
  }

  /** The sides that said "not yet" to their only question by {@code until}. */
  List<Asked> notYetBy(Handle handle, Instant until) {
    return handle
        .createQuery(
            "SELECT * FROM collaborations WHERE answer = 'NOT_YET' AND asks = 1"
                + " AND answered_at <= :until ORDER BY answered_at")
        .bind("until", until.toEpochMilli())
        .map((rs, ctx) -> asked(rs))
        .list();
  }

  /** Records that the member was asked a first time. */
  void askedFirst(Handle handle, String matchId, String memberId, Instant at) {
    handle
        .createUpdate(
            "INSERT INTO collaborations (match_id, member_id, asks, asked_at)"
                + " VALUES (:match, :member, 1, :at)")
        .bind("match", matchId)
        .bind("member", memberId)
        .bind("at", at.toEpochMilli())
        .execute();
  }

  /** Records that the member was asked again, after their "not yet". */
  void askedAgain(Handle handle, String matchId, String memberId, Instant at) {
    handle
        .createUpdate(
            "UPDATE collaborations SET asks = 2, asked_at = :at"
                + " WHERE match_id = :match AND member_id = :member")
        .bind("match", matchId)
        .bind("member", memberId)
        .bind("at", at.toEpochMilli())
        .execute();
  }

  Optional<Asked> find(Handle handle, String matchId, String memberId) {
    return handle
        .createQuery("SELECT * FROM collaborations WHERE match_id = :match AND member_id = :member")
        .bind("match", matchId)
        .bind("member", memberId)
        .map((rs, ctx) -> asked(rs))
        .findOne();
  }

  void answer(
      Handle handle, String matchId, String memberId, CollaborationAnswer answer, Instant at) {
    handle
        .createUpdate(
            "UPDATE collaborations SET answer = :answer, answered_at = :at"
                + " WHERE match_id = :match AND member_id = :member")
        .bind("answer", answer.name())
        .bind("at", at.toEpochMilli())
        .bind("match", matchId)
        .bind("member", memberId)
        .execute();
  }

  /**
   * Deletes the member's questions and those about their pairs; before their matches are, which
   * name the pairs.
   */
  public int deleteAllOf(Handle handle, String memberId) {
    return handle
        .createUpdate(
            "DELETE FROM collaborations WHERE member_id = :m OR match_id IN"
                + " (SELECT id FROM matches WHERE demand_member_id = :m OR offer_member_id = :m)")
        .bind("m", memberId)
        .execute();
  }

  private static Asked asked(ResultSet rs) throws SQLException {
    String answer = rs.getString("answer");
    return new Asked(
        rs.getString("match_id"),
        rs.getString("member_id"),
        rs.getInt("asks"),
        answer == null ? null : CollaborationAnswer.valueOf(answer));
  }
}
