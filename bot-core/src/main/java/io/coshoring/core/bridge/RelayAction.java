package io.coshoring.core.bridge;

import io.coshoring.core.api.ChannelMessage;

/** What a queued relay item does in its destination channel. */
enum RelayAction {
  POST,
  EDIT,
  DELETE,
  REACT,
  UNREACT;

  static RelayAction of(ChannelMessage.Action action) {
    return valueOf(action.name());
  }
}
