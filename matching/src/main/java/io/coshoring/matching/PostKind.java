package io.coshoring.matching;

/** What a post is: someone offering work, or someone asking for it. */
public enum PostKind {
  OFFER,
  DEMAND;

  /** The kind a post of this kind is matched against. */
  public PostKind opposite() {
    return this == OFFER ? DEMAND : OFFER;
  }
}
