package io.coshoring.core.space;

/**
 * How a member's name shows on the network's wall, which people outside their space read: their
 * first name unless they choose their full name.
 */
public enum NameOnWall {
  FIRST,
  FULL;

  /** The name as the wall shows it: a full name's first word, or the whole of it. */
  public String of(String displayName) {
    String name = displayName == null ? "" : displayName.strip();
    if (this == FULL) {
      return name;
    }
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
