package io.coshoring.console;

import io.coshoring.core.language.Phrases;
import java.util.List;

/**
 * What {@code :help} says. The shell's commands are typed the same in every language, so they make
 * the first column, padded alike, and only what each does is written in the reader's language.
 */
final class ConsoleHelp {

  private record Usage(String typed, String key) {}

  private static final List<Usage> USAGES =
      List.of(
          new Usage(":as <name@space> [admin]", "console.help.as"),
          new Usage(":inbox", "console.help.inbox"),
          new Usage(":click <N>", "console.help.click"),
          new Usage(":say <text>", "console.help.say"),
          new Usage(":channel [name]", "console.help.channel"),
          new Usage(":help", "console.help.help"),
          new Usage(":quit", "console.help.quit"));

  private static final int COLUMN =
      USAGES.stream().mapToInt(usage -> usage.typed().length()).max().orElseThrow() + 3;

  private ConsoleHelp() {}

  static String in(Phrases phrases) {
    StringBuilder help = new StringBuilder(phrases.get("console.help.title"));
    for (Usage usage : USAGES) {
      help.append("\n  ")
          .append(String.format("%-" + COLUMN + "s", usage.typed()))
          .append(phrases.get(usage.key()));
    }
    return help.append('\n').append(phrases.get("console.help.slash")).toString();
  }
}
