package io.coshoring.core.space;

/** How a member wants to hear of matches. */
public enum NotifyMode {
  /** A direct message for each match, up to the daily cap. */
  INSTANT,
  /** One digest a day. */
  DAILY,
  /** No match messages at all. */
  OFF
}
