package io.coshoring.core.match;

import io.coshoring.core.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/** Proposed matches. A pair of posts is stored once, so it is never proposed twice. */
public final class MatchStore {

  private final Database database;

  public MatchStore(Database database) {
    this.database = database;
  }

  /** Stores the match unless the pair was proposed before; returns whether it is new. */
  public boolean insertIfNew(Handle handle, ProposedMatch match) {
    return handle
            .createUpdate(
                "INSERT INTO matches (id, demand_post_id, offer_post_id, demand_member_id,"
                    + " offer_member_id, score, reasons, state, created_at) VALUES (:id, :demandPost,"
                    + " :offerPost, :demandMember, :offerMember, :score, :reasons, :state, :created)"
                    + " ON CONFLICT DO NOTHING")
            .bind("id", match.id())
            .bind("demandPost", match.demandPostId())
            .bind("offerPost", match.offerPostId())
            .bind("demandMember", match.demandMemberId())
            .bind("offerMember", match.offerMemberId())
            .bind("score", match.score())
            .bind("reasons", ReasonsColumn.written(match.reasons()))
            .bind("state", match.state().name())
            .bind("created", match.createdAt().toEpochMilli())
            .execute()
        == 1;
  }

  /** Of these pairs, the ones proposed before. */
  public Set<String> existing(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return database.read(
        handle ->
            Set.copyOf(
                handle
                    .createQuery("SELECT id FROM matches WHERE id IN (<ids>)")
                    .bindList("ids", List.copyOf(ids))
                    .mapTo(String.class)
                    .list()));
  }

  public Optional<ProposedMatch> find(String id) {
    return database.read(handle -> find(handle, id));
  }

  public Optional<ProposedMatch> find(Handle handle, String id) {
    return handle
        .createQuery("SELECT * FROM matches WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> match(rs))
        .findOne();
  }

  /** The member's matches, newest first. */
  public List<ProposedMatch> of(String memberId) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM matches WHERE demand_member_id = :m OR offer_member_id = :m"
                        + " ORDER BY created_at DESC")
                .bind("m", memberId)
                .map((rs, ctx) -> match(rs))
                .list());
  }

  /** Records one side's answer and the state it leads to. */
  public void answer(
      Handle handle, ProposedMatch match, String memberId, Answer answer, MatchState state) {
    String column = match.demandMemberId().equals(memberId) ? "demand_answer" : "offer_answer";
    handle
        .createUpdate("UPDATE matches SET " + column + " = :answer, state = :state WHERE id = :id")
        .bind("answer", answer.name())
        .bind("state", state.name())
        .bind("id", match.id())
        .execute();
  }

  /** Records the second "interested", which introduces the pair, and when it came. */
  public void introduce(Handle handle, ProposedMatch match, String memberId, Instant at) {
    String column = match.demandMemberId().equals(memberId) ? "demand_answer" : "offer_answer";
    handle
        .createUpdate(
            "UPDATE matches SET "
                + column
                + " = :answer, state = :state, introduced_at = :at WHERE id = :id")
        .bind("answer", Answer.INTERESTED.name())
        .bind("state", MatchState.INTRODUCED.name())
        .bind("at", at.toEpochMilli())
        .bind("id", match.id())
        .execute();
  }

  /**
   * Records that the pair worked together, at the first "yes" of either side: a later one leaves
   * the time as it was, so the activity counts the collaboration in one week.
   */
  public void collaborated(Handle handle, String matchId, Instant at) {
    handle
        .createUpdate(
            "UPDATE matches SET collaborated_at = :at WHERE id = :id AND collaborated_at IS NULL")
        .bind("at", at.toEpochMilli())
        .bind("id", matchId)
        .execute();
  }

  /** The ids of the pairs that worked together. */
  public Set<String> collaborated() {
    return database.read(
        handle ->
            Set.copyOf(
                handle
                    .createQuery("SELECT id FROM matches WHERE collaborated_at IS NOT NULL")
                    .mapTo(String.class)
                    .list()));
  }

  /** Deletes every match the member is part of; returns how many there were. */
  public int deleteAllOf(Handle handle, String memberId) {
    return handle
        .createUpdate("DELETE FROM matches WHERE demand_member_id = :m OR offer_member_id = :m")
        .bind("m", memberId)
        .execute();
  }

  private static ProposedMatch match(ResultSet rs) throws SQLException {
    String demandAnswer = rs.getString("demand_answer");
    String offerAnswer = rs.getString("offer_answer");
    return new ProposedMatch(
        rs.getString("id"),
        rs.getString("demand_post_id"),
        rs.getString("offer_post_id"),
        rs.getString("demand_member_id"),
        rs.getString("offer_member_id"),
        rs.getDouble("score"),
        ReasonsColumn.read(rs.getString("reasons")),
        demandAnswer == null ? null : Answer.valueOf(demandAnswer),
        offerAnswer == null ? null : Answer.valueOf(offerAnswer),
        MatchState.valueOf(rs.getString("state")),
        Instant.ofEpochMilli(rs.getLong("created_at")));
  }
}
