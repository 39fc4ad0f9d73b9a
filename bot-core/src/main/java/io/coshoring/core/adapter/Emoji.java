package io.coshoring.core.adapter;

/**
 * An emoji as it crosses a bridge: a standard one as its Unicode sequence, which every platform
 * shows; a custom one (a space's own picture) by its name, which another space may have too.
 *
 * @param value the Unicode sequence, or the custom emoji's name
 */
public record Emoji(String value, boolean custom) {

  public static Emoji unicode(String sequence) {
    return new Emoji(sequence, false);
  }

  public static Emoji custom(String name) {
    return new Emoji(name, true);
  }

  /** One string for both kinds, to store and compare: {@code 👍}, or {@code :parrot:}. */
  public String key() {
    return custom ? ":" + value + ":" : value;
  }

  public static Emoji ofKey(String key) {
    return key.length() > 2 && key.startsWith(":") && key.endsWith(":")
        ? custom(key.substring(1, key.length() - 1))
        : unicode(key);
  }
}
