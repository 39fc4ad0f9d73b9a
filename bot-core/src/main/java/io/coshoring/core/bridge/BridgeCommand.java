package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.command.UsageText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /coshore bridge ...}: hands each bridge subcommand to its own class, as {@link
 * CommandRouter} does for {@code /coshore}.
 */
public final class BridgeCommand implements Command {

  private final Map<String, Command> subcommands = new LinkedHashMap<>();

  public BridgeCommand(List<Command> subcommands) {
    subcommands.forEach(c -> this.subcommands.put(c.name(), c));
  }

  @Override
  public String name() {
    return "bridge";
  }

  @Override
  public String usage() {
    return "/coshore bridge " + String.join("|", subcommands.keySet()) + " ...";
  }

  @Override
  public Reply run(Caller caller, String text) {
    String[] words = text.strip().split("\\s+", 2);
    Command sub = subcommands.get(words[0].toLowerCase(Locale.ROOT));
    if (sub == null) {
      StringBuilder help = new StringBuilder();
      subcommands
          .values()
          .forEach(
              c ->
                  help.append("\n`").append(UsageText.in(caller.phrases(), c.usage())).append('`'));
      throw new CommandException(
          words[0].isEmpty()
              ? caller.phrases().get("bridge.what", "commands", help.toString())
              : caller
                  .phrases()
                  .get(
                      "bridge.unknown",
                      "command",
                      CommandException.quoted(words[0]),
                      "commands",
                      help.toString()),
          usage());
    }
    return sub.run(caller, words.length > 1 ? words[1] : "");
  }

  /** The checks every bridge subcommand but status makes: an admin, in a channel. */
  /**
   * @param action what the command does, as the bundles' {@code bridge.inChannel} and {@code
   *     bridge.adminsOnly} name it: bridge, invite, pause, resume, leave
   */
  static void requireAdminInChannel(Caller caller, String action, String usage) {
    if (caller.channelId() == null) {
      throw new CommandException(caller.phrases().get("bridge.inChannel", "action", action), usage);
    }
    if (!caller.isSpaceAdmin()) {
      throw new CommandException(
          caller
              .phrases()
              .get("bridge.adminsOnly", "action", action, "space", caller.space().name()),
          usage);
    }
  }

  /** Bridging a channel also needs its platform to relay messages in this deployment. */
  static void requireBridgeable(Caller caller, Adapters adapters, String usage) {
    ChannelRef channel = ChannelRef.parse(caller.channelId());
    if (!adapters.can(channel.platform(), ChannelWriter.class)) {
      throw new CommandException(
          caller.phrases().get("bridge.platformCannot", "platform", caller.space().platformName()),
          usage);
    }
    try {
      adapters.ability(channel.platform(), ChannelWriter.class).ensureWritable(channel);
    } catch (DeliveryException e) {
      throw new CommandException(
          caller
              .phrases()
              .get("delivery.runAgain", "problem", e.explanation().in(caller.phrases())),
          usage);
    }
  }
}
