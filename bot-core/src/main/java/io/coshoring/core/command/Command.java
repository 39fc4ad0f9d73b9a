package io.coshoring.core.command;

import io.coshoring.core.api.Reply;

/**
 * One command of the bot. {@link #name()} is how it is typed: {@code offer} for {@code /offer},
 * {@code mine} for {@code /coshore mine}.
 */
public interface Command {

  String name();

  /** How to write it, shown with every error and in help. */
  String usage();

  /**
   * @param text what follows the command's name
   * @throws CommandException when the input is wrong; its message is shown with the usage line
   */
  Reply run(Caller caller, String text);
}
