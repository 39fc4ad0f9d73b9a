package io.coshoring.core.adapter;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The light markup of an {@link OutgoingMessage}'s text and fields: {@code **bold**}, {@code
 * _italic_}, {@code `code`}, and a backslash that makes the next character literal. What a member
 * wrote goes in through {@link #literal}, so that it can make no markup, link or quote for whoever
 * reads it: Discord reads the backslashes as they are; a platform without them drops them.
 */
public final class LightMarkup {

  /**
   * What markdown on any platform could read as markup: emphasis, code, spoilers, links, quotes.
   */
  private static final Pattern MARKUP = Pattern.compile("([\\\\*_~`|\\[\\]<>])");

  /**
   * Where an escaped character waits while the markup around it is written: a private-use plane.
   */
  private static final int STAND_IN = 0xF0000;

  private LightMarkup() {}

  /** A member's text, every markup character in it made literal. */
  public static String literal(String text) {
    return MARKUP.matcher(text).replaceAll("\\\\$1");
  }

  /**
   * The text written for a platform without backslash escapes: {@code markup} turns the light
   * markup into the platform's, and each escaped character comes out as {@code literal} writes it,
   * untouched by the markup around it.
   */
  public static String render(
      String text, UnaryOperator<String> markup, Function<String, String> literal) {
    StringBuilder waiting = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) < 128) {
        waiting.appendCodePoint(STAND_IN + text.charAt(++i));
      } else {
        waiting.append(c);
      }
    }
    StringBuilder written = new StringBuilder();
    markup
        .apply(waiting.toString())
        .codePoints()
        .forEach(
            c -> {
              if (c >= STAND_IN && c < STAND_IN + 128) {
                written.append(literal.apply(Character.toString(c - STAND_IN)));
              } else {
                written.appendCodePoint(c);
              }
            });
    return written.toString();
  }
}
