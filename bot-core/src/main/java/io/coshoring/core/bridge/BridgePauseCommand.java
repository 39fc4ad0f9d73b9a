package io.coshoring.core.bridge;

import io.coshoring.core.api.Reply;
import io.coshoring.core.bridge.BridgeStore.ChannelState;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;

/**
 * {@code /coshore bridge pause} and {@code resume}: stops this channel sending to and receiving
 * from its bridge, and starts it again. One class, two names: the same act both ways.
 */
public final class BridgePauseCommand implements Command {

  private final BridgeStore bridges;
  private final ChannelState to;

  public BridgePauseCommand(BridgeStore bridges, ChannelState to) {
    this.bridges = bridges;
    this.to = to;
  }

  @Override
  public String name() {
    return to == ChannelState.PAUSED ? "pause" : "resume";
  }

  @Override
  public String usage() {
    return "/coshore bridge " + name();
  }

  @Override
  public Reply run(Caller caller, String text) {
    BridgeCommand.requireAdminInChannel(caller, name(), usage());
    if (bridges.channel(caller.channelId()).isEmpty()) {
      throw new CommandException(caller.phrases().get("bridge.notBridged"), usage());
    }
    bridges.setState(caller.channelId(), to);
    return Reply.privately(
        caller.phrases().get(to == ChannelState.PAUSED ? "bridge.paused" : "bridge.resumed"));
  }
}
