package io.coshoring.discord;

import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.AttachmentReader;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.FileDownloads;
import java.io.InputStream;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the files members attach in Discord, streamed from Discord's CDN, for the relay to upload
 * them again elsewhere: the CDN's links are signed and expire within a day, so a link would not
 * last.
 */
final class DiscordFiles implements AttachmentReader {

  private final FileDownloads downloads;

  /**
   * @param restUrl the REST API's address when it is not Discord's own: its host serves files too
   */
  DiscordFiles(String restUrl) {
    Set<String> hosts = new HashSet<>(Set.of("cdn.discordapp.com", "media.discordapp.net"));
    if (restUrl != null) {
      hosts.add(URI.create(restUrl).getHost());
    }
    this.downloads = new FileDownloads("Discord", hosts);
  }

  @Override
  public InputStream open(ChannelRef channel, Attachment attachment) throws DeliveryException {
    return downloads.open(attachment, Map.of());
  }
}
