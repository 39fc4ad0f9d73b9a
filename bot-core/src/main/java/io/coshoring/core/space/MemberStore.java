package io.coshoring.core.space;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.WorkingHours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Members and their profiles, with a cache of look-ups by id that every write invalidates. */
public final class MemberStore {

  private final Database database;
  private final Clock clock;
  private final Cache<String, Optional<Member>> cache =
      Caffeine.newBuilder().maximumSize(100_000).build();

  public MemberStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public Optional<Member> find(String id) {
    return cache.get(
        id,
        key ->
            database.read(
                handle ->
                    handle
                        .createQuery("SELECT * FROM members WHERE id = :id")
                        .bind("id", key)
                        .map((rs, ctx) -> member(rs))
                        .findOne()));
  }

  public List<Member> ofSpace(String spaceId) {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT * FROM members WHERE space_id = :space")
                .bind("space", spaceId)
                .map((rs, ctx) -> member(rs))
                .list());
  }

  /** The ids of a platform user's members, one a space they are in. */
  public List<String> idsOfUser(String platform, String user) {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT id FROM members WHERE id LIKE :pattern")
                .bind("pattern", platform + ":%:" + user)
                .mapTo(String.class)
                .list());
  }

  public void save(Member member) {
    database.writeAll(handle -> save(handle, member));
    cache.invalidate(member.id());
  }

  /** Within the caller's transaction; the caller then calls {@link #forget}. */
  public void save(Handle handle, Member member) {
    int updated =
        bind(
                handle.createUpdate(
                    "UPDATE members SET space_id = :space, display_name = :name, timezone = :tz,"
                        + " hours = :hours, languages = :languages, notify = :notify,"
                        + " platform_locale = :locale, name_on_wall = :nameOnWall WHERE id = :id"),
                member)
            .execute();
    if (updated == 0) {
      bind(
              handle.createUpdate(
                  "INSERT INTO members (id, space_id, display_name, timezone, hours, languages,"
                      + " notify, platform_locale, name_on_wall, created_at) VALUES (:id, :space,"
                      + " :name, :tz, :hours, :languages, :notify, :locale, :nameOnWall, :now)"),
              member)
          .bind("now", clock.millis())
          .execute();
    }
  }

  /** Deletes the member's profile, within the caller's transaction. */
  public void delete(Handle handle, String id) {
    handle.createUpdate("DELETE FROM members WHERE id = :id").bind("id", id).execute();
  }

  public void forget(String id) {
    cache.invalidate(id);
  }

  private static Update bind(Update update, Member member) {
    return update
        .bind("id", member.id())
        .bind("space", member.spaceId())
        .bind("name", member.displayName())
        .bind("tz", member.zone() == null ? null : member.zone().getId())
        .bind("hours", member.hours().toString())
        .bind("languages", String.join(",", member.languages()))
        .bind("notify", member.notifyMode().name())
        .bind("locale", member.platformLocale())
        .bind("nameOnWall", member.nameOnWall().name());
  }

  private static Member member(ResultSet rs) throws SQLException {
    String tz = rs.getString("timezone");
    String languages = rs.getString("languages");
    Set<String> codes =
        languages.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(languages.split(",")));
    return new Member(
        rs.getString("id"),
        rs.getString("space_id"),
        rs.getString("display_name"),
        tz == null ? null : ZoneId.of(tz),
        WorkingHours.parse(rs.getString("hours")),
        codes,
        NotifyMode.valueOf(rs.getString("notify")),
        rs.getString("platform_locale"),
        NameOnWall.valueOf(rs.getString("name_on_wall")));
  }
}
