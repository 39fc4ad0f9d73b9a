package io.coshoring.core.bridge;

/** What a relayed event does to the copies of a message. */
public enum RelayAction {
  POST,
  EDIT,
  DELETE
}
