package io.coshoring.console;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who the person at the terminal acts as: {@code alice@paris} is member {@code console:paris:alice}
 * of space {@code console:paris}.
 */
record ConsoleMember(String name, String space, boolean admin) {

  private static final Pattern HANDLE =
      Pattern.compile("[\\p{L}0-9._-]{1,40}@[\\p{L}0-9._-]{1,40}");

  /**
   * @throws IllegalArgumentException with a message for the person when the handle is malformed
   */
  static ConsoleMember parse(String handle, boolean admin) {
    if (!HANDLE.matcher(handle).matches()) {
      throw new IllegalArgumentException(
          "'" + handle + "' is not a member handle; write it as name@space, as in alice@paris");
    }
    String[] parts = handle.toLowerCase(Locale.ROOT).split("@");
    return new ConsoleMember(parts[0], parts[1], admin);
  }

  String memberId() {
    return spaceId() + ":" + name;
  }

  String spaceId() {
    return "console:" + space;
  }

  /** The space's one channel in the shell, where {@code :say} writes and bridges relay. */
  String channelId() {
    return spaceId() + "#general";
  }

  String displayName() {
    return capitalized(name);
  }

  String spaceName() {
    return capitalized(space);
  }

  String handle() {
    return name + "@" + space;
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
