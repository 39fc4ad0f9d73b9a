package io.coshoring.core.match;

import io.coshoring.core.storage.Database;
import io.coshoring.matching.Overlap;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Price;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import io.coshoring.matching.WorkingHours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Members' answers to matches, each with a copy of both posts (see {@link MatchLabel}). */
public final class MatchLabelStore {

  /** The columns of one side's post, each prefixed by {@code demand_} or {@code offer_}. */
  private static final List<String> POST_COLUMNS =
      List.of(
          "post_id",
          "member_id",
          "space_id",
          "text",
          "skills",
          "timezone",
          "hours",
          "languages",
          "work_mode",
          "city",
          "price",
          "available_from",
          "available_until",
          "overlap",
          "visibility",
          "created_at",
          "expires_at");

  private static final String INSERT =
      "INSERT INTO match_labels (match_id, answered_by, answer, answered_at, proposed_at, "
          + columns("demand_", "")
          + ", "
          + columns("offer_", "")
          + ") VALUES (:match, :by, :answer, :answered, :proposed, "
          + columns("demand_", ":")
          + ", "
          + columns("offer_", ":")
          + ")";

  private final Database database;

  public MatchLabelStore(Database database) {
    this.database = database;
  }

  /**
   * Stores the label, in the transaction that records the answer. A side of a match is labelled
   * once (its key), as {@link MatchAnswers} takes only a side's first answer.
   */
  public void record(Handle handle, MatchLabel label) {
    Update insert =
        handle
            .createUpdate(INSERT)
            .bind("match", label.matchId())
            .bind("by", label.answeredBy().name())
            .bind("answer", label.answer().name())
            .bind("answered", label.answeredAt().toEpochMilli())
            .bind("proposed", label.proposedAt().toEpochMilli());
    bindPost(insert, "demand_", label.demand());
    bindPost(insert, "offer_", label.offer());
    insert.execute();
  }

  /** Every label, oldest answer first. */
  public List<MatchLabel> all() {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM match_labels ORDER BY answered_at, match_id, answered_by")
                .map((rs, ctx) -> label(rs))
                .list());
  }

  /** Deletes every label of a pair the member wrote either post of; returns how many. */
  public int deleteAllOf(Handle handle, String memberId) {
    return handle
        .createUpdate(
            "DELETE FROM match_labels WHERE demand_member_id = :m OR offer_member_id = :m")
        .bind("m", memberId)
        .execute();
  }

  private static String columns(String prefix, String marker) {
    return POST_COLUMNS.stream().map(c -> marker + prefix + c).collect(Collectors.joining(", "));
  }

  private static void bindPost(Update insert, String prefix, Post post) {
    insert
        .bind(prefix + "post_id", post.id())
        .bind(prefix + "member_id", post.author())
        .bind(prefix + "space_id", post.space())
        .bind(prefix + "text", post.text())
        // Skills are names without control characters, so a line break separates them.
        .bind(prefix + "skills", String.join("\n", new TreeSet<>(post.skills())))
        .bind(prefix + "timezone", post.zone().getId())
        .bind(prefix + "hours", post.hours().toString())
        .bind(prefix + "languages", String.join(",", new TreeSet<>(post.languages())))
        .bind(prefix + "work_mode", post.workMode().name())
        .bind(prefix + "city", post.city())
        .bind(prefix + "price", post.price() == null ? null : post.price().toString())
        .bind(prefix + "available_from", text(post.availableFrom()))
        .bind(prefix + "available_until", text(post.availableUntil()))
        .bind(prefix + "overlap", post.overlap() == null ? null : post.overlap().name())
        .bind(prefix + "visibility", post.visibility().name())
        .bind(prefix + "created_at", post.createdAt().toEpochMilli())
        .bind(prefix + "expires_at", post.expiresAt().toEpochMilli());
  }

  private static MatchLabel label(ResultSet rs) throws SQLException {
    return new MatchLabel(
        rs.getString("match_id"),
        PostKind.valueOf(rs.getString("answered_by")),
        Answer.valueOf(rs.getString("answer")),
        Instant.ofEpochMilli(rs.getLong("answered_at")),
        Instant.ofEpochMilli(rs.getLong("proposed_at")),
        post(rs, "demand_", PostKind.DEMAND),
        post(rs, "offer_", PostKind.OFFER));
  }

  private static Post post(ResultSet rs, String prefix, PostKind kind) throws SQLException {
    String price = rs.getString(prefix + "price");
    String from = rs.getString(prefix + "available_from");
    String until = rs.getString(prefix + "available_until");
    String overlap = rs.getString(prefix + "overlap");
    return Post.builder()
        .id(rs.getString(prefix + "post_id"))
        .kind(kind)
        .author(rs.getString(prefix + "member_id"))
        .space(rs.getString(prefix + "space_id"))
        .text(rs.getString(prefix + "text"))
        .skills(split(rs.getString(prefix + "skills"), "\n"))
        .timezone(rs.getString(prefix + "timezone"))
        .hours(WorkingHours.parse(rs.getString(prefix + "hours")))
        .languages(split(rs.getString(prefix + "languages"), ","))
        .workMode(WorkMode.valueOf(rs.getString(prefix + "work_mode")))
        .city(rs.getString(prefix + "city"))
        .price(price == null ? null : Price.parse(kind, price))
        .availableFrom(from == null ? null : LocalDate.parse(from))
        .availableUntil(until == null ? null : LocalDate.parse(until))
        .overlap(overlap == null ? null : Overlap.valueOf(overlap))
        .visibility(Visibility.valueOf(rs.getString(prefix + "visibility")))
        .createdAt(Instant.ofEpochMilli(rs.getLong(prefix + "created_at")))
        .expiresAt(Instant.ofEpochMilli(rs.getLong(prefix + "expires_at")))
        .build();
  }

  private static Set<String> split(String joined, String separator) {
    return joined.isEmpty()
        ? Set.of()
        : Stream.of(joined.split(separator)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
