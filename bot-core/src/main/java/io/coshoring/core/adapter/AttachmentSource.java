package io.coshoring.core.adapter;

import java.io.InputStream;

/**
 * Opens the attachments of the message being written, streamed from the platform they were posted
 * on: the writer reads each once, into its own upload, and closes it.
 */
@FunctionalInterface
public interface AttachmentSource {

  InputStream open(Attachment attachment) throws DeliveryException;

  /** For a message the bot writes itself, which never has an attachment. */
  AttachmentSource NONE =
      attachment -> {
        throw new IllegalStateException("the bot's own messages have no attachments");
      };
}
