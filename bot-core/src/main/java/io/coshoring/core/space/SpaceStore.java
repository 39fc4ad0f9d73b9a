package io.coshoring.core.space;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coshoring.core.language.Language;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/** Spaces and their admins, with a cache of look-ups by id that every write invalidates. */
public final class SpaceStore {

  private final Database database;
  private final Clock clock;
  private final Cache<String, Optional<Space>> cache =
      Caffeine.newBuilder().maximumSize(10_000).build();

  public SpaceStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  public Optional<Space> find(String id) {
    return cache.get(id, key -> database.read(handle -> find(handle, key)));
  }

  /** The spaces that share their posts with the whole network, by name. */
  public List<Space> sharingWithNetwork() {
    List<String> ids =
        database.read(
            handle ->
                handle
                    .createQuery("SELECT id FROM spaces WHERE share = 'NETWORK' ORDER BY name, id")
                    .mapTo(String.class)
                    .list());
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  /** Creates or replaces the space, admins included. */
  public void save(Space space) {
    database.writeAll(handle -> save(handle, space));
    cache.invalidate(space.id());
  }

  /** Within the caller's transaction; the caller invalidates with {@link #forget}. */
  public void save(Handle handle, Space space) {
    int updated =
        bind(
                handle.createUpdate(
                    "UPDATE spaces SET platform = :platform, name = :name, city = :city,"
                        + " timezone = :tz, share = :share, language = :language,"
                        + " platform_locale = :platformLocale WHERE id = :id"),
                space)
            .execute();
    if (updated == 0) {
      bind(
              handle.createUpdate(
                  "INSERT INTO spaces (id, platform, name, city, timezone, share, language,"
                      + " platform_locale, created_at) VALUES (:id, :platform, :name, :city, :tz,"
                      + " :share, :language, :platformLocale, :now)"),
              space)
          .bind("now", clock.millis())
          .execute();
    }
    handle
        .createUpdate("DELETE FROM space_admins WHERE space_id = :id")
        .bind("id", space.id())
        .execute();
    for (String admin : space.admins()) {
      handle
          .createUpdate("INSERT INTO space_admins (space_id, member_id) VALUES (:space, :member)")
          .bind("space", space.id())
          .bind("member", admin)
          .execute();
    }
  }

  public void forget(String id) {
    cache.invalidate(id);
  }

  private static Optional<Space> find(Handle handle, String id) {
    Set<String> admins =
        new HashSet<>(
            handle
                .createQuery("SELECT member_id FROM space_admins WHERE space_id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .list());
    return handle
        .createQuery("SELECT * FROM spaces WHERE id = :id")
        .bind("id", id)
        .map((rs, ctx) -> space(rs, admins))
        .findOne();
  }

  private static Space space(ResultSet rs, Set<String> admins) throws SQLException {
    String tz = rs.getString("timezone");
    return new Space(
        rs.getString("id"),
        rs.getString("name"),
        rs.getString("city"),
        tz == null ? null : ZoneId.of(tz),
        Visibility.valueOf(rs.getString("share")),
        admins,
        Language.of(rs.getString("language")).orElse(null),
        rs.getString("platform_locale"));
  }

  private static Update bind(Update update, Space space) {
    return update
        .bind("id", space.id())
        .bind("platform", space.ref().platform())
        .bind("name", space.name())
        .bind("city", space.city())
        .bind("tz", space.zone() == null ? null : space.zone().getId())
        .bind("share", space.share().name())
        .bind("language", space.language() == null ? null : space.language().code())
        .bind("platformLocale", space.platformLocale());
  }
}
