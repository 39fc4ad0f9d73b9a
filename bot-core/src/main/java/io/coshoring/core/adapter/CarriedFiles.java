package io.coshoring.core.adapter;

import io.coshoring.core.language.Phrases;
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
   * @param notes the destination channel's language, for the lines naming files left behind
   */
  public static CarriedFiles within(
      RelayedMessage message, long maxSize, String platform, Phrases notes) {
    List<RichText.Block> blocks = new ArrayList<>(message.text().blocks());
    List<Attachment> carried = new ArrayList<>();
    for (Attachment attachment : message.attachments()) {
      if (attachment.size() <= maxSize) {
        carried.add(attachment);
      } else {
        String line =
            notes.get(
                "relay.fileLeftBehind",
                "file",
                attachment.name(),
                "size",
                size(notes, attachment.size()),
                "platform",
                platform,
                "limit",
                size(notes, maxSize),
                "author",
                message.authorName());
        blocks.add(new RichText.Paragraph(List.of(new RichText.Written(line))));
      }
    }
    return new CarriedFiles(new RichText(blocks), carried);
  }

  /** A size as a member reads it in their language: "840 kB", "12,5 Mo". */
  private static String size(Phrases notes, long bytes) {
    if (bytes < 1_000) {
      return notes.get("relay.bytes", "count", bytes);
    }
    if (bytes < 1_000_000) {
      return notes.get("relay.kilobytes", "count", Math.round(bytes / 1_000.0));
    }
    return notes.get("relay.megabytes", "count", Math.round(bytes / 100_000.0) / 10.0);
  }
}
