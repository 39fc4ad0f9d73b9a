package io.coshoring.core.command;

import io.coshoring.core.api.Reply;
import io.coshoring.core.language.Phrases;
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
    Phrases phrases = caller.phrases();
    StringBuilder help = new StringBuilder(phrases.get("help.intro"));
    for (Command command : commands.get()) {
      help.append("\n`")
          .append(UsageText.in(phrases, command.usage()))
          .append("`: ")
          .append(phrases.get("help." + command.name()));
    }
    return Reply.privately(help.toString());
  }
}
