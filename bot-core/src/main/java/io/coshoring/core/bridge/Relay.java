package io.coshoring.core.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.api.ChannelMessage;
import io.coshoring.core.api.ChannelMessage.Action;
import io.coshoring.core.api.ChannelReaction;
import io.coshoring.core.bridge.BridgeStore.BridgedChannel;
import io.coshoring.core.bridge.BridgeStore.ChannelState;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.storage.SeenEventStore;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * Takes a message event from a bridged channel and queues it, in the same transaction, for every
 * other active channel of its bridge. Nothing is sent here: the {@link RelayDispatcher} delivers
 * each destination's queue in order, so a slow or failing destination delays no other.
 */
public final class Relay {

  private final Database database;
  private final BridgeStore bridges;
  private final SpaceStore spaces;
  private final SeenEventStore seen;
  private final BridgeCopyStore copies;
  private final RelayQueueStore queue;
  private final ReactionStore reactions;
  private final Clock clock;

  /** Tells the dispatcher there is something to deliver, so it need not wait for its poll. */
  private final Runnable wakeDispatcher;

  private final ObjectMapper json = new ObjectMapper();

  Relay(
      Database database,
      BridgeStore bridges,
      SpaceStore spaces,
      SeenEventStore seen,
      BridgeCopyStore copies,
      RelayQueueStore queue,
      ReactionStore reactions,
      Clock clock,
      Runnable wakeDispatcher) {
    this.reactions = reactions;
    this.database = database;
    this.wakeDispatcher = wakeDispatcher;
    this.bridges = bridges;
    this.spaces = spaces;
    this.seen = seen;
    this.copies = copies;
    this.queue = queue;
    this.clock = clock;
  }

  /**
   * Queues the event for the bridge's other channels; returns whether anything was queued. The
   * bot's own copies, events seen before, unbridged or paused channels, and edits or deletes of
   * messages the bridge never carried are ignored.
   */
  public boolean received(ChannelMessage event) {
    String channelId = event.channel().id();
    Optional<BridgedChannel> channel = bridges.channel(channelId);
    if (channel.isEmpty() || channel.get().state() != ChannelState.ACTIVE) {
      return false;
    }
    if (event.action() == Action.POST
        && (event.message() == null || event.message().showsNothing())) {
      // Nothing to show on the other side, and platforms refuse an empty message.
      return false;
    }
    String payload = payload(withSpaceName(event, channel.get().spaceId()));
    long now = clock.millis();
    boolean any =
        database.write(
            handle -> {
              if (copies.isCopy(handle, channelId, event.messageId())
                  || event.eventKey() != null && !seen.firstTime(handle, event.eventKey())) {
                return false;
              }
              boolean queued = false;
              for (String peer : bridges.activePeers(handle, channel.get().bridgeId(), channelId)) {
                if (event.action() != Action.POST && !carried(handle, event, peer)) {
                  continue;
                }
                queue.enqueue(
                    handle,
                    peer,
                    RelayAction.of(event.action()),
                    channelId,
                    event.messageId(),
                    payload,
                    now);
                queued = true;
              }
              return queued;
            });
    if (any) {
      wakeDispatcher.run();
    }
    return any;
  }

  /** Whether the bridge posted, or is about to post, the message in {@code peer}. */
  private boolean carried(Handle handle, ChannelMessage event, String peer) {
    String source = event.channel().id();
    return !copies.copies(handle, source, event.messageId(), peer).isEmpty()
        || queue.postWaits(handle, peer, source, event.messageId());
  }

  /** The space's name as the network knows it, when the adapter did not give one. */
  private ChannelMessage withSpaceName(ChannelMessage event, String spaceId) {
    RelayedMessage message = event.message();
    if (message == null || message.spaceName() != null) {
      return event;
    }
    String name = spaces.find(spaceId).map(Space::name).orElse(spaceId);
    return new ChannelMessage(
        event.action(),
        event.channel(),
        event.messageId(),
        event.eventKey(),
        message.withSpaceName(name));
  }

  /**
   * Queues the bot's reaction for the channels where it changes: each shows it while a member of
   * another channel reacts so. Returns whether anything was queued. A reaction on a message the
   * bridge never carried finds no copy to go on when its turn comes, and is dropped then.
   */
  public boolean reacted(ChannelReaction reaction) {
    String channelId = reaction.channel().id();
    Optional<BridgedChannel> channel = bridges.channel(channelId);
    if (channel.isEmpty() || channel.get().state() != ChannelState.ACTIVE) {
      return false;
    }
    String emoji = reaction.emoji().key();
    String payload = "{\"emoji\":" + quoted(emoji) + "}";
    long now = clock.millis();
    boolean any =
        database.write(
            handle -> {
              ReactionStore.Root root = copies.root(handle, channelId, reaction.messageId());
              Set<String> before = reactions.channelsReacting(handle, root, emoji);
              boolean changed =
                  reaction.added()
                      ? reactions.add(handle, root, emoji, channelId, reaction.member())
                      : reactions.remove(handle, root, emoji, channelId, reaction.member());
              if (!changed) {
                return false;
              }
              Set<String> after = reactions.channelsReacting(handle, root, emoji);
              boolean queued = false;
              for (String peer : bridges.activePeers(handle, channel.get().bridgeId(), channelId)) {
                boolean shown = reactedOutside(before, peer);
                boolean shows = reactedOutside(after, peer);
                if (shown != shows) {
                  queue.enqueue(
                      handle,
                      peer,
                      shows ? RelayAction.REACT : RelayAction.UNREACT,
                      channelId,
                      reaction.messageId(),
                      payload,
                      now);
                  queued = true;
                }
              }
              return queued;
            });
    if (any) {
      wakeDispatcher.run();
    }
    return any;
  }

  private static boolean reactedOutside(Set<String> channels, String peer) {
    return channels.stream().anyMatch(c -> !c.equals(peer));
  }

  private String quoted(String text) {
    try {
      return json.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot store a reaction", e);
    }
  }

  private String payload(ChannelMessage event) {
    try {
      return event.message() == null ? "{}" : json.writeValueAsString(event.message());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot store a relayed message", e);
    }
  }
}
