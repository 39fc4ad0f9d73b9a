package io.coshoring.core.bridge;

import io.coshoring.core.storage.Database;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Bridges and their channels. A channel is in one bridge at most. */
public final class BridgeStore {

  public enum ChannelState {
    ACTIVE,
    PAUSED
  }

  public record Bridge(String id, String name) {}

  public record BridgedChannel(
      String channelId, String bridgeId, String spaceId, ChannelState state) {}

  private final Database database;

  public BridgeStore(Database database) {
    this.database = database;
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
  }

  public Optional<BridgedChannel> channel(String channelId) {
    return database.read(
        handle ->
            handle
                .createQuery(
                    "SELECT channel_id, bridge_id, space_id, state FROM bridge_channels"
                        + " WHERE channel_id = :channel")
                .bind("channel", channelId)
                .map(
                    (rs, ctx) ->
                        new BridgedChannel(
                            rs.getString("channel_id"),
                            rs.getString("bridge_id"),
                            rs.getString("space_id"),
                            ChannelState.valueOf(rs.getString("state"))))
                .findOne());
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
}
