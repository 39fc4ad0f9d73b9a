package io.coshoring.discord;

import io.coshoring.core.adapter.AttachmentSource;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.CopyDelivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.text.RichText;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Copies of plain text into one Discord channel or forum, through the adapter's writer as the relay
 * does.
 */
final class ChannelCopies {

  private final ChannelWriter writer;
  private final ChannelRef channel;

  ChannelCopies(DiscordTestApp app, String channelId) {
    this.writer = app.ability(ChannelWriter.class);
    this.channel = DiscordIds.channel(channelId);
  }

  /** A copy's first attempt, of a message of Amélie's. */
  List<String> post(String text) throws DeliveryException {
    return postAs("amelie", text);
  }

  /** A copy's first attempt: nothing to look for in the channel first. */
  List<String> postAs(String author, String text) throws DeliveryException {
    return writer.post(
        channel,
        message(author, text),
        null,
        new CopyDelivery("relay:C1:" + text.hashCode(), false, Instant.now(), Set.of()),
        Phrasebook.standard().in(Language.ENGLISH),
        AttachmentSource.NONE);
  }

  /** A copy of a reply to a message, whose copy here is {@code parentCopy}. */
  List<String> reply(String parentCopy, String text) throws DeliveryException {
    return writer.post(
        channel,
        message("amelie", text),
        parentCopy,
        new CopyDelivery("relay:C1:" + text.hashCode(), false, Instant.now(), Set.of()),
        Phrasebook.standard().in(Language.ENGLISH),
        AttachmentSource.NONE);
  }

  void ensureWritable() throws DeliveryException {
    writer.ensureWritable(channel);
  }

  void edit(List<String> copy, String text) throws DeliveryException {
    writer.edit(channel, copy, message("amelie", text));
  }

  /** One paragraph a line; no paragraph for an empty text. */
  private static RelayedMessage message(String author, String text) {
    List<RichText.Block> paragraphs =
        text.lines()
            .map(line -> (RichText.Block) new RichText.Paragraph(List.of(new RichText.Text(line))))
            .toList();
    return new RelayedMessage(author, "Slack Paris", null, new RichText(paragraphs), null);
  }
}
