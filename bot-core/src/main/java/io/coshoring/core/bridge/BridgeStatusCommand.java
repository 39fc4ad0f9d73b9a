package io.coshoring.core.bridge;

import io.coshoring.core.api.Reply;
import io.coshoring.core.bridge.BridgeStore.BridgedChannel;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import java.util.Locale;

/**
 * {@code /coshore bridge status}: the bridge of this channel, its channels and their spaces, and
 * for each what waits to be delivered and what failed for good.
 */
public final class BridgeStatusCommand implements Command {

  private final BridgeStore bridges;
  private final RelayQueueStore queue;
  private final SpaceStore spaces;

  BridgeStatusCommand(BridgeStore bridges, RelayQueueStore queue, SpaceStore spaces) {
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
    String name = bridges.bridge(here.bridgeId()).map(BridgeStore.Bridge::name).orElse("?");
    StringBuilder status = new StringBuilder("**Bridge " + name + "**");
    for (BridgedChannel channel : bridges.channels(here.bridgeId())) {
      RelayQueueStore.Backlog backlog = queue.backlog(channel.channelId());
      status
          .append("\n• ")
          .append(channel.channelId().equals(here.channelId()) ? "this channel" : "a channel")
          .append(" in ")
          .append(spaces.find(channel.spaceId()).map(Space::name).orElse(channel.spaceId()))
          .append(", ")
          .append(channel.state().name().toLowerCase(Locale.ROOT));
      if (backlog.waiting() > 0) {
        status.append(", ").append(backlog.waiting()).append(" waiting");
      }
      if (backlog.failed() > 0) {
        status
            .append(", ")
            .append(backlog.failed())
            .append(" not delivered (last error: ")
            .append(backlog.lastError())
            .append(")");
      }
    }
    return Reply.privately(status.toString());
  }
}
