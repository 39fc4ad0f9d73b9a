package io.coshoring.core.collaboration;

/** What a member says to "Did you work together?". */
public enum CollaborationAnswer {
  YES,
  /** Asks again once, seven days later. */
  NOT_YET,
  /** Not a refusal of the match: they may simply not have worked together. */
  NO
}
