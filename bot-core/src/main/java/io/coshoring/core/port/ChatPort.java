package io.coshoring.core.port;

/**
 * What the core asks of a chat platform. Each adapter implements it by translating only; a call
 * that fails throws {@link DeliveryException}, saying whether it is worth retrying and when.
 */
public interface ChatPort {

  /**
   * Sends a direct message to a member. {@code idempotencyKey} is the same on every retry of one
   * notification, so that an adapter that can tell a repeat does not send it twice.
   */
  MessageRef sendDirect(String memberId, OutgoingMessage message, String idempotencyKey)
      throws DeliveryException;

  MessageRef post(String channelId, OutgoingMessage message) throws DeliveryException;

  void update(MessageRef where, OutgoingMessage message) throws DeliveryException;

  void delete(MessageRef where) throws DeliveryException;
}
