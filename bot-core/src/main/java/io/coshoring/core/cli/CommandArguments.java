package io.coshoring.core.cli;

import io.coshoring.core.language.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of a command line split into free words and {@code key:value} options, the one grammar
 * of every platform. A value with spaces is quoted: {@code rate:"60 EUR/hour"}. Only the keys a
 * command knows are options, so "Note: ..." or a link in free text stays text.
 */
public final class CommandArguments {

  private final List<String> words;
  private final Map<String, String> options;

  private CommandArguments(List<String> words, Map<String, String> options) {
    this.words = List.copyOf(words);
    this.options = Map.copyOf(options);
  }

  /**
   * @throws CommandException when a known option is given twice, is empty, or a quote is not closed
   */
  public static CommandArguments parse(
      String line, Set<String> knownKeys, String usage, Phrases phrases) {
    List<String> words = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    String text = line == null ? "" : line.strip();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      int colon = word.indexOf(':');
      String key = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : null;
      if (key == null || !knownKeys.contains(key)) {
        words.add(word);
        i = end;
        continue;
      }
      String value;
      int valueStart = i + colon + 1;
      if (valueStart < text.length() && text.charAt(valueStart) == '"') {
        int close = text.indexOf('"', valueStart + 1);
        if (close < 0) {
          throw new CommandException(phrases.get("options.unclosedQuote", "key", key), usage);
        }
        value = text.substring(valueStart + 1, close);
        end = close + 1;
      } else {
        // Sentence punctuation after an option belongs to the sentence: "city:Paris, FR/EN".
        value = word.substring(colon + 1).replaceAll("[.,;!?]+$", "");
      }
      if (value.isBlank()) {
        throw new CommandException(phrases.get("options.noValue", "key", key), usage);
      }
      if (options.putIfAbsent(key, value.strip()) != null) {
        throw new CommandException(phrases.get("options.twice", "key", key), usage);
      }
      i = end;
    }
    return new CommandArguments(words, options);
  }

  public List<String> words() {
    return words;
  }

  /** The free words joined back, without the options. */
  public String text() {
    return String.join(" ", words);
  }

  public String option(String key) {
    return options.get(key);
  }

  public boolean has(String key) {
    return options.containsKey(key);
  }
}
