package io.coshoring.core.bridge;

/**
 * A message event in a channel, as an adapter hands it to the relay: a new message, an edit or a
 * deletion. {@code eventKey} is the platform's id of the event, the same when the platform delivers
 * it twice; null when the adapter has dropped repeats already.
 *
 * @param message null for a deletion
 */
public record InboundMessage(
    RelayAction action,
    String channelId,
    String messageId,
    String eventKey,
    BridgeMessage message) {}
