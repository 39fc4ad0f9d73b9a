package io.coshoring.core.bridge;

import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;

/** {@code /coshore bridge leave}: takes this channel out of its bridge. */
public final class BridgeLeaveCommand implements Command {

  private final BridgeStore bridges;

  public BridgeLeaveCommand(BridgeStore bridges) {
    this.bridges = bridges;
  }

  @Override
  public String name() {
    return "leave";
  }

  @Override
  public String usage() {
    return "/coshore bridge leave";
  }

  @Override
  public Reply run(Caller caller, String text) {
    BridgeCommand.requireAdminInChannel(caller, "take this channel out of its bridge", usage());
    if (bridges.channel(caller.channelId()).isEmpty()) {
      throw new CommandException("this channel is not bridged", usage());
    }
    bridges.leave(caller.channelId());
    return Reply.privately(
        "This channel has left its bridge: nothing more is relayed to or from it. Messages"
            + " relayed before stay where they are.");
  }
}
