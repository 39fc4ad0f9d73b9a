package io.coshoring.core.bridge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coshoring.core.storage.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Bridges, their channels, their join codes and the project rooms opened as bridges. A channel is
 * in one bridge at most.
 */
public final class BridgeStore {

  public enum ChannelState {
    ACTIVE,
    PAUSED,
    /** The bot was uninstalled from the channel's space, or its access revoked. */
    REMOVED
  }

  public record Bridge(String id, String name) {}

  public record BridgedChannel(
      String channelId, String bridgeId, String spaceId, ChannelState state) {}

  /**
   * Every message of every channel the bot sees asks whether its channel is bridged, and most are
   * not: the answer is kept a moment. Changes made here drop it at once; a change committed by
   * another instance is seen within the expiry.
   */
  private static final Duration CHANNEL_CACHE = Duration.ofSeconds(2);

  private final Database database;
  private final RelayQueueStore queue;
  private final Cache<String, Optional<BridgedChannel>> channels =
      Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(CHANNEL_CACHE).build();

  BridgeStore(Database database, RelayQueueStore queue) {
    this.database = database;
    this.queue = queue;
  }

  public void create(Handle handle, Bridge bridge, String createdBy, long now) {
    handle
        .createUpdate(
            "INSERT INTO bridges (id, name, created_by, created_at) VALUES (:id, :name, :by, :at)")
        .bind("id", bridge.id())
        .bind("name", bridge.name())
        .bind("by", createdBy)
        .bind("at", now)
        .execute();
  }

  public void addChannel(
      Handle handle, String bridgeId, String channelId, String spaceId, String by, long now) {
    handle
        .createUpdate(
            "INSERT INTO bridge_channels (channel_id, bridge_id, space_id, state, joined_by,"
                + " joined_at) VALUES (:channel, :bridge, :space, :state, :by, :at)")
        .bind("channel", channelId)
        .bind("bridge", bridgeId)
        .bind("space", spaceId)
        .bind("state", ChannelState.ACTIVE.name())
        .bind("by", by)
        .bind("at", now)
        .execute();
    channels.invalidate(channelId);
  }

  /** A channel in a bridge, and when it joined. */
  record Joined(String channelId, Instant joinedAt) {}

  /** The platform's channels that relay, neither paused nor gone. */
  List<Joined> activeChannelsOf(Handle handle, String platform) {
    return handle
        .createQuery(
            "SELECT channel_id, joined_at FROM bridge_channels WHERE state = :active"
                + " AND channel_id LIKE :platform")
        .bind("active", ChannelState.ACTIVE.name())
        .bind("platform", platform + ":%")
        .map(
            (rs, ctx) ->
                new Joined(
                    rs.getString("channel_id"), Instant.ofEpochMilli(rs.getLong("joined_at"))))
        .list();
  }

  public Optional<BridgedChannel> channel(String channelId) {
    return channels.get(channelId, this::read);
  }

  private Optional<BridgedChannel> read(String channelId) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT channel_id, bridge_id, space_id, state FROM bridge_channels"
                        + " WHERE channel_id = :channel")
                .bind("channel", channelId)
                .map(BridgeStore::bridgedChannel)
                .findOne());
  }

  public Optional<Bridge> bridge(String bridgeId) {
    return database.read(
        handle ->
            handle
                .createQuery("SELECT id, name FROM bridges WHERE id = :id")
                .bind("id", bridgeId)
                .map((rs, ctx) -> new Bridge(rs.getString("id"), rs.getString("name")))
                .findOne());
  }

  /** Every channel of a bridge, paused ones included, in the order they joined. */
  public List<BridgedChannel> channels(String bridgeId) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT channel_id, bridge_id, space_id, state FROM bridge_channels"
                        + " WHERE bridge_id = :bridge ORDER BY joined_at, channel_id")
                .bind("bridge", bridgeId)
                .map(BridgeStore::bridgedChannel)
                .list());
  }

  public void setState(String channelId, ChannelState state) {
    database.writeAll(
        handle ->
            handle
                .createUpdate("UPDATE bridge_channels SET state = :state WHERE channel_id = :c")
                .bind("state", state.name())
                .bind("c", channelId)
                .execute());
    channels.invalidate(channelId);
  }

  /**
   * Marks every channel of a space the bot was removed from: nothing more is queued for them, or
   * taken from them, until an admin there resumes them.
   */
  void spaceRemoved(String spaceId) {
    database.writeAll(
        handle ->
            handle
                .createUpdate("UPDATE bridge_channels SET state = :removed WHERE space_id = :s")
                .bind("removed", ChannelState.REMOVED.name())
                .bind("s", spaceId)
                .execute());
    channels.invalidateAll();
  }

  /** Takes the channel out of its bridge; what was waiting for it is dropped with it. */
  public void leave(String channelId) {
    database.writeAll(
        handle -> {
          queue.dropAll(handle, channelId);
          handle
              .createUpdate("DELETE FROM bridge_channels WHERE channel_id = :c")
              .bind("c", channelId)
              .execute();
        });
    channels.invalidate(channelId);
  }

  public void issueCode(Handle handle, String code, String bridgeId, String by, long expiresAt) {
    handle
        .createUpdate(
            "INSERT INTO bridge_join_codes (code, bridge_id, created_by, expires_at)"
                + " VALUES (:code, :bridge, :by, :expires)")
        .bind("code", code)
        .bind("bridge", bridgeId)
        .bind("by", by)
        .bind("expires", expiresAt)
        .execute();
  }

  /** Uses a join code: returns its bridge if the code exists, is unused and unexpired. */
  public Optional<String> redeem(Handle handle, String code, long now) {
    Optional<String> bridge =
        handle
            .createQuery(
                "SELECT bridge_id FROM bridge_join_codes WHERE code = :code AND used_at IS NULL"
                    + " AND expires_at > :now")
            .bind("code", code)
            .bind("now", now)
            .mapTo(String.class)
            .findOne();
    bridge.ifPresent(
        id ->
            handle
                .createUpdate("UPDATE bridge_join_codes SET used_at = :now WHERE code = :code")
                .bind("now", now)
                .bind("code", code)
                .execute());
    return bridge;
  }

  /** Records the project room opened for a match, as the bridge of its channels. */
  public void recordRoom(Handle handle, String matchId, String bridgeId, String by, long now) {
    handle
        .createUpdate(
            "INSERT INTO project_rooms (match_id, bridge_id, opened_by, opened_at)"
                + " VALUES (:match, :bridge, :by, :at)")
        .bind("match", matchId)
        .bind("bridge", bridgeId)
        .bind("by", by)
        .bind("at", now)
        .execute();
  }

  /** The channel a match's room opened in a space before, if it did. */
  Optional<String> roomChannel(String matchId, String spaceId) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT channel_id FROM project_room_channels"
                        + " WHERE match_id = :m AND space_id = :s")
                .bind("m", matchId)
                .bind("s", spaceId)
                .mapTo(String.class)
                .findOne());
  }

  void recordRoomChannel(String matchId, String spaceId, String channelId) {
    database.writeAll(
        handle ->
            handle
                .createUpdate(
                    "INSERT INTO project_room_channels (match_id, space_id, channel_id)"
                        + " VALUES (:m, :s, :c)")
                .bind("m", matchId)
                .bind("s", spaceId)
                .bind("c", channelId)
                .execute());
  }

  public boolean roomOpened(String matchId) {
    return database.read(
        handle ->
            handle
                    .createQuery("SELECT COUNT(*) FROM project_rooms WHERE match_id = :m")
                    .bind("m", matchId)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** The other channels of a channel's bridge that take messages now. */
  public List<String> activePeers(Handle handle, String bridgeId, String channelId) {
    return handle
        .createQuery(
            "SELECT channel_id FROM bridge_channels WHERE bridge_id = :bridge"
                + " AND channel_id <> :channel AND state = :active ORDER BY joined_at, channel_id")
        .bind("bridge", bridgeId)
        .bind("channel", channelId)
        .bind("active", ChannelState.ACTIVE.name())
        .mapTo(String.class)
        .list();
  }

  private static BridgedChannel bridgedChannel(ResultSet rs, StatementContext ctx)
      throws SQLException {
    return new BridgedChannel(
        rs.getString("channel_id"),
        rs.getString("bridge_id"),
        rs.getString("space_id"),
        ChannelState.valueOf(rs.getString("state")));
  }
}
