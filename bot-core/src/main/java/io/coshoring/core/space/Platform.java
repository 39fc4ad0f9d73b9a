package io.coshoring.core.space;

/** The chat platform a space runs on; the prefix of its ids. */
public enum Platform {
  CONSOLE,
  SLACK,
  DISCORD
}
