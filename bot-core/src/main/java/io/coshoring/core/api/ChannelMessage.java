package io.coshoring.core.api;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.RelayedMessage;

/**
 * A message event in a channel, as an adapter hands it to the core for its bridge: a new message,
 * an edit or a deletion. {@code eventKey} is the platform's id of the event, the same when the
 * platform delivers it twice; null when the adapter has dropped repeats already.
 *
 * @param message null for a deletion
 */
public record ChannelMessage(
    Action action, ChannelRef channel, String messageId, String eventKey, RelayedMessage message) {

  /** What the event does to the message and its copies. */
  public enum Action {
    POST,
    EDIT,
    DELETE
  }

  public static ChannelMessage posted(
      ChannelRef channel, String messageId, String eventKey, RelayedMessage message) {
    return new ChannelMessage(Action.POST, channel, messageId, eventKey, message);
  }

  public static ChannelMessage edited(
      ChannelRef channel, String messageId, String eventKey, RelayedMessage message) {
    return new ChannelMessage(Action.EDIT, channel, messageId, eventKey, message);
  }

  public static ChannelMessage deleted(ChannelRef channel, String messageId, String eventKey) {
    return new ChannelMessage(Action.DELETE, channel, messageId, eventKey, null);
  }
}
