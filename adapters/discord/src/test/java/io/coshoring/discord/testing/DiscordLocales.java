package io.coshoring.discord.testing;

import java.util.Set;

/**
 * The locales Discord's clients run in, as Discord writes them: an interaction's {@code locale}, a
 * server's {@code preferred_locale}, and the only keys a localisation map may have. The list is the
 * one JDA 6.5.0 follows from Discord's reference, Arabic and Hebrew included.
 */
final class DiscordLocales {

  static final Set<String> ALL =
      Set.of(
          "ar", "bg", "cs", "da", "de", "el", "en-GB", "en-US", "es-419", "es-ES", "fi", "fr", "he",
          "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "nl", "no", "pl", "pt-BR", "ro", "ru",
          "sv-SE", "th", "tr", "uk", "vi", "zh-CN", "zh-TW");

  private DiscordLocales() {}

  /** The locale, refused when Discord has no such locale: Discord sends none other. */
  static String known(String locale) {
    if (!ALL.contains(locale)) {
      throw new IllegalArgumentException(locale + " is not a locale Discord's clients run in");
    }
    return locale;
  }
}
