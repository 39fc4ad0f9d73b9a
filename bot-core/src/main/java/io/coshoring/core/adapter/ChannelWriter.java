package io.coshoring.core.adapter;

import io.coshoring.core.language.Phrases;
import java.time.Duration;
import java.util.List;

/**
 * An adapter that can write into a bridged channel, for the relay. It renders the neutral text
 * natively, shows the author's name and avatar, splits to its limit, and never lets a relayed
 * message ping anyone.
 */
public interface ChannelWriter {

  /**
   * Posts the message, its attachments uploaded again; returns the ids of the messages posted, one
   * a part, in order: those an earlier attempt posted, if {@code delivery} finds them there. A file
   * over the platform's limit is named, with its size, instead.
   *
   * @param replyTo the message in this channel it replies to, or null
   * @param notes what the bot writes itself in this channel (a file left behind) is written in
   * @param files opens the message's attachments where they were posted
   */
  List<String> post(
      ChannelRef channel,
      RelayedMessage message,
      String replyTo,
      CopyDelivery delivery,
      Phrases notes,
      AttachmentSource files)
      throws DeliveryException;

  /** Replaces the text of copies posted before, part by part. */
  void edit(ChannelRef channel, List<String> messageIds, RelayedMessage message)
      throws DeliveryException;

  void delete(ChannelRef channel, List<String> messageIds) throws DeliveryException;

  /**
   * Adds the bot's reaction to a message, standing for the members who reacted so on the other
   * side; adding one that is there already is no error. A custom emoji this space does not have is
   * left out.
   */
  void react(ChannelRef channel, String messageId, Emoji emoji) throws DeliveryException;

  /** Takes the bot's reaction away; taking one that is not there is no error. */
  void unreact(ChannelRef channel, String messageId, Emoji emoji) throws DeliveryException;

  /**
   * Makes sure the bot can read and write the channel before it joins a bridge: joins it where the
   * platform lets the bot join by itself.
   *
   * @throws DeliveryException when it cannot, its explanation saying what a member of the channel
   *     can do about it
   */
  default void ensureWritable(ChannelRef channel) throws DeliveryException {}

  /**
   * The least time between two messages into one channel, as the platform wants it kept: Slack asks
   * for about one a second per channel. The relay paces each destination to it, rather than waiting
   * for 429s.
   */
  default Duration pace() {
    return Duration.ZERO;
  }
}
