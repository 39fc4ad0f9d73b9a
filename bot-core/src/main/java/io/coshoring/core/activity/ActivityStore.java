package io.coshoring.core.activity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Counts what happened, by week: it only reads, the tables of posts, matches and project rooms
 * (written by their own stores), joined to the members' spaces. A forgotten member's posts and
 * matches are deleted, so they leave the counts too.
 */
final class ActivityStore {

  /** A UTC week is always this long, so weeks are counted in SQL by plain division. */
  private static final long WEEK_MS = Duration.ofDays(7).toMillis();

  /** A match's two sides' members, d the demand's and o the offer's, for their spaces. */
  private static final String SIDES =
      " JOIN members d ON d.id = x.demand_member_id JOIN members o ON o.id = x.offer_member_id";

  private static final String EITHER_SPACE = "(d.space_id = :space OR o.space_id = :space)";

  /** What is counted: where it is, when it happened, and how it belongs to a space. */
  enum Counted {
    POSTS("posts p JOIN members m ON m.id = p.member_id", "p.created_at", "m.space_id = :space"),
    MATCHES("matches x" + SIDES, "x.created_at", EITHER_SPACE),
    INTRODUCTIONS("matches x" + SIDES, "x.introduced_at", EITHER_SPACE),
    ROOMS(
        "project_rooms r JOIN matches x ON x.id = r.match_id" + SIDES, "r.opened_at", EITHER_SPACE),
    COLLABORATIONS("matches x" + SIDES, "x.collaborated_at", EITHER_SPACE);

    private final String from;
    private final String time;
    private final String ofSpace;

    Counted(String from, String time, String ofSpace) {
      this.from = from;
      this.time = time;
      this.ofSpace = ofSpace;
    }
  }

  /** How many pairs of two spaces' members were counted: each pair as the match names its sides. */
  record Pair(String demandSpace, String offerSpace, int count) {}

  /**
   * How many happened in each of {@code weeks} weeks from {@code from}, a Monday at midnight UTC:
   * index 0 is the first week.
   *
   * @param spaceId only those of this space, or null for the whole network
   */
  int[] perWeek(Handle handle, Counted counted, Instant from, int weeks, String spaceId) {
    Query query =
        handle.createQuery(
            "SELECT ("
                + counted.time
                + " - :from) / :week AS week_index, COUNT(*) AS n FROM "
                + counted.from
                + " WHERE "
                + counted.time
                + " >= :from AND "
                + counted.time
                + " < :to"
                + (spaceId == null ? "" : " AND " + counted.ofSpace)
                + " GROUP BY week_index");
    bindSpan(query, from, weeks, spaceId);
    int[] counts = new int[weeks];
    query
        .map((rs, ctx) -> new int[] {rs.getInt("week_index"), rs.getInt("n")})
        .forEach(row -> counts[row[0]] = row[1]);
    return counts;
  }

  /**
   * The pairs of different spaces whose members' matches were counted over the weeks: introduced,
   * or given a room.
   */
  List<Pair> acrossSpaces(Handle handle, Counted counted, Instant from, int weeks, String spaceId) {
    if (counted == Counted.POSTS) {
      throw new IllegalArgumentException("a post has one space");
    }
    Query query =
        handle.createQuery(
            "SELECT d.space_id AS demand_space, o.space_id AS offer_space, COUNT(*) AS n FROM "
                + counted.from
                + " WHERE "
                + counted.time
                + " >= :from AND "
                + counted.time
                + " < :to AND d.space_id <> o.space_id"
                + (spaceId == null ? "" : " AND " + counted.ofSpace)
                + " GROUP BY d.space_id, o.space_id");
    bindSpan(query, from, weeks, spaceId);
    return query
        .map(
            (rs, ctx) ->
                new Pair(rs.getString("demand_space"), rs.getString("offer_space"), rs.getInt("n")))
        .list();
  }

  private static void bindSpan(Query query, Instant from, int weeks, String spaceId) {
    long start = from.toEpochMilli();
    query.bind("from", start).bind("to", start + weeks * WEEK_MS).bind("week", WEEK_MS);
    if (spaceId != null) {
      query.bind("space", spaceId);
    }
  }
}
