package io.coshoring.slack;

import io.coshoring.core.adapter.Emoji;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fellbaum.jemoji.EmojiManager;

/**
 * Slack names its emoji ({@code thumbsup}, {@code +1::skin-tone-3}); other platforms send the
 * Unicode sequence. A name Slack's standard set does not know is a workspace's custom emoji.
 */
final class SlackEmoji {

  private static final String VARIATION = "\uFE0F";

  /** Slack's names for the five skin tones, 2 to 6, and the first of Unicode's modifiers. */
  private static final Pattern SKIN_TONE = Pattern.compile("(.+)::skin-tone-([2-6])");

  private static final int FIRST_TONE = 0x1F3FB;

  private SlackEmoji() {}

  static Emoji read(String name) {
    Matcher toned = SKIN_TONE.matcher(name);
    String base = toned.matches() ? toned.group(1) : name;
    // The skin tone is added here: the library's lookup of toned names is off for some tones.
    String tone =
        toned.matches()
            ? Character.toString(FIRST_TONE + Integer.parseInt(toned.group(2)) - 2)
            : "";
    return EmojiManager.getBySlackAlias(base)
        .map(found -> Emoji.unicode(found.getEmoji() + tone))
        .orElseGet(() -> Emoji.custom(name));
  }

  /** Slack's name for the emoji; a custom one keeps its own. */
  static String name(Emoji emoji) {
    if (emoji.custom()) {
      return emoji.value();
    }
    return alias(emoji.value())
        // Platforms differ on the invisible variation selector after some emoji (❤ and ❤️).
        .or(() -> alias(emoji.value() + VARIATION))
        .or(() -> alias(emoji.value().replace(VARIATION, "")))
        .orElse(emoji.value());
  }

  private static Optional<String> alias(String sequence) {
    return EmojiManager.getEmoji(sequence)
        .flatMap(found -> found.getSlackAliases().stream().findFirst())
        .map(alias -> alias.substring(1, alias.length() - 1));
  }
}
