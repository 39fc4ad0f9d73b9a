package io.coshoring.core.language;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the bot writes in. Each member reads the bot in theirs; what members post is never
 * translated.
 */
public enum Language {
  ENGLISH("en", "English", false),
  FRENCH("fr", "Français", false),
  HEBREW("he", "עברית", true);

  private final String code;
  private final String ownName;
  private final boolean rightToLeft;

  Language(String code, String ownName, boolean rightToLeft) {
    this.code = code;
    this.ownName = ownName;
    this.rightToLeft = rightToLeft;
  }

  /** The ISO 639-1 code: {@code en}, {@code fr}, {@code he}. */
  public String code() {
    return code;
  }

  /** The language's name in itself, as a member looks for it in a list. */
  public String ownName() {
    return ownName;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /**
   * The language of a code or locale as platforms and members write them ({@code fr}, {@code
   * fr-FR}, {@code fr_CA}, {@code he-IL}, Java's old {@code iw}), if the bot writes in it.
   */
  public static Optional<Language> of(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    if (language.equals("iw")) {
      language = "he";
    }
    for (Language known : values()) {
      if (known.code.equals(language)) {
        return Optional.of(known);
      }
    }
    return Optional.empty();
  }
}
