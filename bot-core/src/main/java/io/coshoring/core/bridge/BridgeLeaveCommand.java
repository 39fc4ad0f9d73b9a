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
    BridgeCommand.requireAdminInChannel(caller, "leave", usage());
    if (bridges.channel(caller.channelId()).isEmpty()) {
      throw new CommandException(caller.phrases().get("bridge.notBridged"), usage());
    }
    bridges.leave(caller.channelId());
    return Reply.privately(caller.phrases().get("bridge.left"));
  }
}
