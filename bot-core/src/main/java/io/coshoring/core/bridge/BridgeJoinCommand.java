package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.storage.Database;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/** {@code /coshore bridge join <code>}: links this channel into the bridge the code opens. */
public final class BridgeJoinCommand implements Command {

  private final Database database;
  private final BridgeStore bridges;
  private final Adapters adapters;
  private final Clock clock;

  public BridgeJoinCommand(Database database, BridgeStore bridges, Adapters adapters, Clock clock) {
    this.database = database;
    this.bridges = bridges;
    this.adapters = adapters;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "join";
  }

  @Override
  public String usage() {
    return "/coshore bridge join <code>";
  }

  @Override
  public Reply run(Caller caller, String text) {
    BridgeCommand.requireAdminInChannel(caller, "bridge", usage());
    BridgeCommand.requireBridgeable(caller, adapters, usage());
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}")) {
      throw new CommandException(caller.phrases().get("bridge.badCode"), usage());
    }
    if (bridges.channel(caller.channelId()).isPresent()) {
      throw new CommandException(caller.phrases().get("bridge.alreadyLeave"), usage());
    }
    long now = clock.millis();
    Optional<String> bridge =
        database.write(
            handle -> {
              Optional<String> joined = bridges.redeem(handle, code, now);
              joined.ifPresent(
                  id ->
                      bridges.addChannel(
                          handle,
                          id,
                          caller.channelId(),
                          caller.space().id(),
                          caller.member().id(),
                          now));
              return joined;
            });
    if (bridge.isEmpty()) {
      throw new CommandException(caller.phrases().get("bridge.codeRefused", "code", code), usage());
    }
    String name = bridges.bridge(bridge.get()).map(BridgeStore.Bridge::name).orElse("?");
    int channels = bridges.channels(bridge.get()).size();
    return Reply.privately(
        caller
            .phrases()
            .get("bridge.joined", "name", LightMarkup.literal(name), "others", channels - 1));
  }
}
