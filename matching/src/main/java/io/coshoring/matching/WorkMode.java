package io.coshoring.matching;

/** Where the work happens. */
public enum WorkMode {
  /** Remote only. */
  REMOTE,
  /** In person only, in the post's city. */
  ONSITE,
  /** Remote, or in person in the post's city. */
  EITHER;

  boolean allowsRemote() {
    return this != ONSITE;
  }

  boolean allowsOnsite() {
    return this != REMOTE;
  }
}
