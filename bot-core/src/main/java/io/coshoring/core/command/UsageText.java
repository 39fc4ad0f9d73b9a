package io.coshoring.core.command;

import io.coshoring.core.language.Phrases;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command's usage as its reader sees it: the command and option names stay the words every
 * platform registered, and the words in angle brackets, which stand for what the member writes, are
 * in the reader's language.
 */
public final class UsageText {

  private static final Pattern PLACEHOLDER = Pattern.compile("<([^<>]+)>");

  private static final Map<String, String> KEYS =
      Map.of(
          "what you offer", "usage.whatYouOffer",
          "what you need", "usage.whatYouNeed",
          "words", "usage.words",
          "post id", "usage.postId",
          "name", "usage.name",
          "code", "usage.code");

  private UsageText() {}

  public static String in(Phrases phrases, String usage) {
    Matcher placeholder = PLACEHOLDER.matcher(usage);
    StringBuilder written = new StringBuilder();
    while (placeholder.find()) {
      String key = KEYS.get(placeholder.group(1));
      String word = key == null ? placeholder.group(1) : phrases.get(key);
      placeholder.appendReplacement(written, Matcher.quoteReplacement("<" + word + ">"));
    }
    placeholder.appendTail(written);
    return written.toString();
  }
}
