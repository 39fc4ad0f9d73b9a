package io.coshoring.core.match;

/** What one side of a match said. */
public enum Answer {
  INTERESTED,
  NOT_FOR_ME,
  MUTE_SIMILAR
}
