package io.coshoring.core.adapter;

import java.io.InputStream;

/**
 * An adapter that can read back the files members attached in its channels, with its own
 * credentials, for the relay to carry them to another platform.
 */
public interface AttachmentReader {

  /**
   * The attachment's bytes, streamed.
   *
   * @param channel the channel it was posted in
   */
  InputStream open(ChannelRef channel, Attachment attachment) throws DeliveryException;
}
