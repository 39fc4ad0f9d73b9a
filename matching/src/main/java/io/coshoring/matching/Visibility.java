package io.coshoring.matching;

/** Who may be matched with a post. */
public enum Visibility {
  /** Only members of the author's own space. */
  SPACE,
  /** Members of every space in the network. */
  NETWORK
}
