package io.coshoring.core.post;

/** Whether a member's post is still being matched. */
public enum PostState {
  OPEN,
  CLOSED
}
