package io.coshoring.core.adapter;

/**
 * An adapter that answers a member's request where the platform said, some time after it was
 * acknowledged: Slack's response URL (valid 30 minutes), Discord's interaction (15 minutes).
 */
public interface Replier {

  /**
   * @param replyTo what the adapter gave with the request
   */
  void reply(MemberRef member, String replyTo, OutgoingMessage message) throws DeliveryException;
}
