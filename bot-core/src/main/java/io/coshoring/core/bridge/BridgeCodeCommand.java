package io.coshoring.core.bridge;

import io.coshoring.core.api.Reply;
import io.coshoring.core.bridge.BridgeStore.BridgedChannel;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.storage.Database;
import java.time.Clock;

/** {@code /coshore bridge code}: another one-time code to join this channel's bridge. */
public final class BridgeCodeCommand implements Command {

  private final Database database;
  private final BridgeStore bridges;
  private final BridgeCreateCommand codes;
  private final Clock clock;

  public BridgeCodeCommand(
      Database database, BridgeStore bridges, BridgeCreateCommand codes, Clock clock) {
    this.database = database;
    this.bridges = bridges;
    this.codes = codes;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "code";
  }

  @Override
  public String usage() {
    return "/coshore bridge code";
  }

  @Override
  public Reply run(Caller caller, String text) {
    BridgeCommand.requireAdminInChannel(caller, "invite", usage());
    BridgedChannel channel =
        bridges
            .channel(caller.channelId())
            .orElseThrow(
                () ->
                    new CommandException(caller.phrases().get("bridge.notBridgedCreate"), usage()));
    String code = codes.joinCode();
    long expires = clock.millis() + BridgeCreateCommand.CODE_LIFETIME.toMillis();
    database.writeAll(
        handle ->
            bridges.issueCode(handle, code, channel.bridgeId(), caller.member().id(), expires));
    return Reply.privately(caller.phrases().get("bridge.code", "code", code));
  }
}
