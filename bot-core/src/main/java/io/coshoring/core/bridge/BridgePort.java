package io.coshoring.core.bridge;

import io.coshoring.core.port.DeliveryException;
import java.time.Duration;
import java.util.List;

/**
 * What the relay asks of a platform to write into a bridged channel. Each adapter renders the
 * neutral text natively, shows the author's name and avatar, splits to its limit, and never lets a
 * relayed message ping anyone.
 */
public interface BridgePort {

  /**
   * Posts the message; returns the ids of the messages posted, one a part, in order.
   *
   * @param replyTo the message in this channel it replies to, or null
   */
  List<String> post(String channelId, BridgeMessage message, String replyTo)
      throws DeliveryException;

  /** Replaces the text of copies posted before, part by part. */
  void edit(String channelId, List<String> messageIds, BridgeMessage message)
      throws DeliveryException;

  void delete(String channelId, List<String> messageIds) throws DeliveryException;

  /**
   * The least time between two messages into one channel, as the platform wants it kept: Slack asks
   * for about one a second per channel. The relay paces each destination to it, rather than waiting
   * for 429s.
   */
  default Duration pace() {
    return Duration.ZERO;
  }

  /**
   * Creates a private channel in a space for a project room, with the members in it (and the bot);
   * returns its channel id.
   */
  String createRoom(String spaceId, String name, List<String> memberIds) throws DeliveryException;
}
