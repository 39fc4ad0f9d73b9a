package io.coshoring.core.adapter;

import io.coshoring.core.text.RichText;
import java.util.ArrayList;
import java.util.List;

/**
 * What of a relayed message's files a platform takes: those within its size limit cross as files;
 * each one over it is named in the text instead, with its size, so that nobody wonders where it
 * went.
 *
 * @param text the message's text, with a line for each file left behind
 * @param files the files to upload
 */
public record CarriedFiles(RichText text, List<Attachment> files) {

  public CarriedFiles {
    files = List.copyOf(files);
  }

  /**
   * @param platform the destination's name, as members know it
   */
  public static CarriedFiles within(RelayedMessage message, long maxSize, String platform) {
    List<RichText.Block> blocks = new ArrayList<>(message.text().blocks());
    List<Attachment> carried = new ArrayList<>();
    for (Attachment attachment : message.attachments()) {
      if (attachment.size() <= maxSize) {
        carried.add(attachment);
      } else {
        blocks.add(
            new RichText.Paragraph(
                List.of(
                    new RichText.Text(
                        "📎 "
                            + attachment.name()
                            + " ("
                            + attachment.readableSize()
                            + ") is over "
                            + platform
                            + "'s limit of "
                            + Attachment.readable(maxSize)
                            + " for a file, so it stays where it was posted: ask "
                            + message.authorName()
                            + " for it."))));
      }
    }
    return new CarriedFiles(new RichText(blocks), carried);
  }
}
