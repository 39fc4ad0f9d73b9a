package io.coshoring.core.command;

import io.coshoring.core.api.Reply;
import java.util.List;
import java.util.function.Supplier;

/** {@code /coshore help}: every command and how to write it. */
public final class HelpCommand implements Command {

  private final Supplier<List<Command>> commands;

  /**
   * @param commands all the bot's commands, read when help is asked
   */
  public HelpCommand(Supplier<List<Command>> commands) {
    this.commands = commands;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public String usage() {
    return "/coshore help";
  }

  @Override
  public Reply run(Caller caller, String text) {
    StringBuilder help =
        new StringBuilder(
            "**coshoring** matches offers and demands across coworking spaces. Post what you offer or"
                + " need; I message you when I find a match, with the reasons.");
    for (Command command : commands.get()) {
      help.append("\n`").append(command.usage()).append("`");
    }
    return Reply.privately(help.toString());
  }
}
