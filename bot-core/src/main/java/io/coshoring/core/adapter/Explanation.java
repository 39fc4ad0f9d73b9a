package io.coshoring.core.adapter;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import io.coshoring.core.language.Phrases;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Why a platform did not take something, as data rather than words, so that each member reads it in
 * their own language, as a match's reasons are read: the kind of refusal, and plain values that
 * survive being written as JSON and read back (strings a platform or the adapter wrote, such as a
 * permission's or a scope's name; numbers; lists of strings).
 */
public record Explanation(Kind kind, Map<String, Object> values) {

  /**
   * Every refusal a member is told of, each the message {@code delivery.<key>} of the bundles, with
   * the values named below; a test checks that every bundle has words for each.
   */
  public enum Kind {
    /**
     * {@code permissions} (names, as Discord shows them in English), {@code count}, and {@code
     * where}: {@code channel} for a channel's permissions, {@code server} for the server's.
     */
    DISCORD_PERMISSIONS_MISSING,
    /** Discord said a permission is missing, not which (its 50013 has no name). */
    DISCORD_SOME_PERMISSION_MISSING,
    /** {@code permission}: the name of View Channel, as Discord shows it in English. */
    DISCORD_CHANNEL_HIDDEN,
    DISCORD_SERVER_LEFT,
    SLACK_CHANNEL_HIDDEN,
    SLACK_NOT_IN_CHANNEL,
    SLACK_CHANNEL_ARCHIVED,
    /** {@code scope}: the OAuth scope Slack says is missing. */
    SLACK_SCOPE_MISSING,
    SLACK_UNINSTALLED,
    /** {@code platform}: its name, Slack or Discord; so for the kinds below. */
    CHANNEL_DELETED,
    MESSAGE_DELETED,
    MESSAGE_EMPTY,
    /** The platform refused what the bot wrote (its layout, its length): the bot's own fault. */
    MESSAGE_REFUSED,
    /** A refusal nobody explained: the logs say what it was. */
    REFUSED,
    /** A failure that may pass (a timeout, a 5xx, a rate limit) nobody explained. */
    NOT_TAKEN_FOR_NOW;

    /** {@code SLACK_CHANNEL_HIDDEN} as {@code slackChannelHidden}, as the bundles write it. */
    public String key() {
      StringBuilder key = new StringBuilder();
      for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
        key.append(
            key.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
      }
      return key.toString();
    }
  }

  public Explanation {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** An explanation with its values given as name, value, name, value... */
  public static Explanation of(Kind kind, Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return new Explanation(kind, values);
  }

  /** The explanation in the reader's words; a list of names as their language lists them. */
  public String in(Phrases phrases) {
    List<Object> namesAndValues = new ArrayList<>();
    ULocale locale = ULocale.forLocale(phrases.language().locale());
    values.forEach(
        (name, value) -> {
          namesAndValues.add(name);
          namesAndValues.add(
              value instanceof List<?> list
                  ? ListFormatter.getInstance(
                          locale, ListFormatter.Type.AND, ListFormatter.Width.WIDE)
                      .format(list)
                  : value);
        });
    return phrases.get("delivery." + kind.key(), namesAndValues.toArray());
  }
}
