package io.coshoring.core.bridge;

import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.api.Reply;
import io.coshoring.core.bridge.BridgeStore.BridgedChannel;
import io.coshoring.core.bridge.BridgeStore.ChannelState;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code /coshore bridge status}: the bridge of this channel, its channels and their spaces, and
 * each channel's health: whether it is active, when it last received a message, what waits to be
 * delivered there, what failed for good, and the last failure when nothing was delivered since (a
 * missing permission says which).
 */
public final class BridgeStatusCommand implements Command {

  private final BridgeStore bridges;
  private final RelayQueueStore queue;
  private final SpaceStore spaces;
  private final Clock clock;

  BridgeStatusCommand(BridgeStore bridges, RelayQueueStore queue, SpaceStore spaces, Clock clock) {
    this.clock = clock;
    this.bridges = bridges;
    this.queue = queue;
    this.spaces = spaces;
  }

  @Override
  public String name() {
    return "status";
  }

  @Override
  public String usage() {
    return "/coshore bridge status";
  }

  private static String state(ChannelState state) {
    return switch (state) {
      case ACTIVE -> "active";
      case PAUSED -> "paused (an admin there can `/coshore bridge resume`)";
      case REMOVED ->
          "stopped: the bot was removed there (uninstalled, or its access revoked); once it is"
              + " back, an admin there can `/coshore bridge resume`";
    };
  }

  /** When the channel last received a message, and what keeps failing there. */
  private String health(RelayQueueStore.Backlog backlog) {
    StringBuilder health = new StringBuilder();
    Instant now = clock.instant();
    health.append(
        backlog.lastDelivered() == null
            ? ", nothing delivered yet"
            : ", last delivery " + ago(backlog.lastDelivered(), now));
    if (backlog.waiting() > 0) {
      health.append(", ").append(backlog.waiting()).append(" waiting");
    }
    if (backlog.failed() > 0) {
      health.append(", ").append(backlog.failed()).append(" not delivered");
    }
    boolean failingSince =
        backlog.lastFailed() != null
            && (backlog.lastDelivered() == null
                || backlog.lastFailed().isAfter(backlog.lastDelivered()));
    if (failingSince) {
      health
          .append("\n   ⚠ last failure ")
          .append(ago(backlog.lastFailed(), now))
          .append(": ")
          .append(backlog.lastError());
    }
    return health.toString();
  }

  private static String ago(Instant then, Instant now) {
    Duration since = Duration.between(then, now);
    if (since.toMinutes() < 1) {
      return "just now";
    }
    if (since.toHours() < 1) {
      return since.toMinutes() + " min ago";
    }
    if (since.toDays() < 1) {
      return since.toHours() + " h ago";
    }
    return since.toDays() + " days ago";
  }

  @Override
  public Reply run(Caller caller, String text) {
    if (caller.channelId() == null) {
      throw new CommandException("run this in a bridged channel", usage());
    }
    BridgedChannel here =
        bridges
            .channel(caller.channelId())
            .orElseThrow(
                () ->
                    new CommandException(
                        "this channel is not bridged; an admin can start with"
                            + " `/coshore bridge create <name>`",
                        usage()));
    // The bridge's and the spaces' names are members' words: shown as text, not markup.
    String name =
        bridges
            .bridge(here.bridgeId())
            .map(BridgeStore.Bridge::name)
            .map(LightMarkup::literal)
            .orElse("?");
    StringBuilder status = new StringBuilder("**Bridge " + name + "**");
    for (BridgedChannel channel : bridges.channels(here.bridgeId())) {
      status
          .append("\n• ")
          .append(channel.channelId().equals(here.channelId()) ? "this channel" : "a channel")
          .append(" in ")
          .append(
              LightMarkup.literal(
                  spaces.find(channel.spaceId()).map(Space::name).orElse(channel.spaceId())))
          .append(": ")
          .append(state(channel.state()))
          .append(health(queue.backlog(channel.channelId())));
    }
    return Reply.privately(status.toString());
  }
}
