package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.api.ChannelCatchUp;
import io.coshoring.core.api.ChannelMessage;
import io.coshoring.core.api.ChannelReaction;
import io.coshoring.core.command.ButtonAction;
import io.coshoring.core.command.Command;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.schedule.BackgroundLoop;
import io.coshoring.core.space.MemberLanguages;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.storage.SeenEventStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Channel bridges and project rooms, built in one place: their storage, the relay and its delivery,
 * and the commands and the button that use them.
 */
public final class Bridging implements AutoCloseable {

  /**
   * New items and freed destinations wake the relay at once; the poll only finds retries and paced
   * destinations whose time has come, so it need not run often on an idle bot.
   */
  private static final Duration POLL = Duration.ofMillis(250);

  private final Database database;
  private final Adapters adapters;
  private final Clock clock;
  private final RelayQueueStore queue;
  private final BridgeStore store;
  private final Relay relay;
  private final RelayDispatcher dispatcher;
  private final BridgeCopyStore copies;

  public Bridging(
      Database database,
      Adapters adapters,
      SpaceStore spaces,
      SeenEventStore seen,
      Clock clock,
      Duration firstRetry) {
    this.database = database;
    this.adapters = adapters;
    this.clock = clock;
    this.queue = new RelayQueueStore(database);
    this.store = new BridgeStore(database, queue);
    this.copies = new BridgeCopyStore();
    this.dispatcher =
        new RelayDispatcher(
            database,
            queue,
            copies,
            adapters,
            new ChannelLanguages(store, spaces),
            clock,
            firstRetry,
            new BackgroundLoop("coshoring-relay", POLL));
    this.relay =
        new Relay(
            database,
            store,
            spaces,
            seen,
            copies,
            queue,
            new ReactionStore(),
            clock,
            dispatcher::wake);
  }

  /** A message event of a channel, relayed if the channel is bridged. */
  public boolean received(ChannelMessage event) {
    return relay.received(event);
  }

  /** A reaction added or removed in a channel, mirrored if the channel is bridged. */
  public boolean reacted(ChannelReaction reaction) {
    return relay.reacted(reaction);
  }

  /** For tests beside the relay, which set bridges up directly. */
  BridgeStore store() {
    return store;
  }

  /** Stops every bridged channel of a space the bot was removed from. */
  public void spaceRemoved(SpaceRef space) {
    store.spaceRemoved(space.id());
  }

  /** Pauses a channel that takes no more messages, if it is bridged. */
  public void pauseChannel(ChannelRef channel) {
    if (isBridged(channel)) {
      store.setState(channel.id(), BridgeStore.ChannelState.PAUSED);
    }
  }

  /** The platform's active bridged channels, and the last message taken from each. */
  public List<ChannelCatchUp> catchUps(String platform) {
    return database.read(
        handle ->
            store.activeChannelsOf(handle, platform).stream()
                .map(
                    joined ->
                        new ChannelCatchUp(
                            ChannelRef.parse(joined.channelId()),
                            copies.lastTakenFrom(handle, joined.channelId()),
                            joined.joinedAt()))
                .toList());
  }

  public boolean isBridged(ChannelRef channel) {
    return store.channel(channel.id()).isPresent();
  }

  /** {@code /coshore bridge ...} and its subcommands. */
  public Command command(SpaceStore spaces) {
    BridgeCreateCommand create = new BridgeCreateCommand(database, store, adapters, clock);
    return new BridgeCommand(
        List.of(
            create,
            new BridgeCodeCommand(database, store, create, clock),
            new BridgeJoinCommand(database, store, adapters, clock),
            new BridgeStatusCommand(store, queue, spaces, clock),
            new BridgePauseCommand(store, BridgeStore.ChannelState.PAUSED),
            new BridgePauseCommand(store, BridgeStore.ChannelState.ACTIVE),
            new BridgeLeaveCommand(store)));
  }

  /** "Open a project room", on an introduction. */
  public ButtonAction openRoomButton(
      MatchStore matches, MemberStore members, PostStore posts, MemberLanguages languages) {
    return new OpenRoomButton(
        new ProjectRooms(database, matches, members, posts, store, adapters, clock, languages));
  }

  public void start() {
    dispatcher.start();
  }

  @Override
  public void close() {
    dispatcher.close();
  }
}
