package io.coshoring.core.match;

/** Where a match stands: proposed to both, introduced after two yeses, or declined by one. */
public enum MatchState {
  PROPOSED,
  INTRODUCED,
  DECLINED
}
