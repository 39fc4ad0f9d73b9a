package io.coshoring.core.cli;

import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.text.MemberText;

/**
 * A command could not be run as typed. The message says what was wrong, politely; the usage line
 * shows how to write it.
 */
public final class CommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String usage;

  public CommandException(String problem, String usage) {
    super(problem);
    this.usage = usage;
  }

  public String usage() {
    return usage;
  }

  /**
   * What the member typed, shown back in an error: between quotes, short, and as literal text, so
   * that it can make no markup in the answer.
   */
  public static String quoted(String typed) {
    return LightMarkup.literal(MemberText.quoted(typed));
  }
}
