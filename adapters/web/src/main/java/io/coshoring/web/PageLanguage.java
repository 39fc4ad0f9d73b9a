package io.coshoring.web;

import io.coshoring.core.language.Language;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a page is written in: the one the reader picked ({@code ?hl=fr}), else the first
 * their browser asks for that the bot writes in, else English.
 */
final class PageLanguage {

  private PageLanguage() {}

  static Language of(String picked, String acceptLanguage) {
    Optional<Language> chosen = Language.of(picked);
    if (chosen.isPresent()) {
      return chosen.get();
    }
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          Optional<Language> asked = Language.of(range.getRange());
          if (asked.isPresent()) {
            return asked.get();
          }
        }
      } catch (IllegalArgumentException e) {
        // A header no browser sends: the page is in English, as for one that asks for nothing.
      }
    }
    return Language.ENGLISH;
  }

  /** The languages a reader can switch the page to, each named in itself. */
  static List<Language> all() {
    return List.of(Language.values());
  }
}
