package io.coshoring.core.cli;

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
}
