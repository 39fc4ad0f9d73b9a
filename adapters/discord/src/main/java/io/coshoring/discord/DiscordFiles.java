package io.coshoring.discord;

import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.AttachmentReader;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.DeliveryException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the files members attach in Discord, streamed from Discord's CDN, for the relay to upload
 * them again elsewhere: the CDN's links are signed and expire within a day, so a link would not
 * last. Only Discord's own hosts are read, whatever an attachment's address says.
 */
final class DiscordFiles implements AttachmentReader {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final Set<String> discordHosts =
      new HashSet<>(Set.of("cdn.discordapp.com", "media.discordapp.net"));
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  /**
   * @param restUrl the REST API's address when it is not Discord's own: its host serves files too
   */
  DiscordFiles(String restUrl) {
    if (restUrl != null) {
      discordHosts.add(URI.create(restUrl).getHost());
    }
  }

  @Override
  public InputStream open(ChannelRef channel, Attachment attachment) throws DeliveryException {
    URI location = URI.create(attachment.location());
    if (!discordHosts.contains(location.getHost())) {
      throw DeliveryException.permanent(
          "the file " + attachment.name() + " is not on Discord's servers", null);
    }
    HttpResponse<InputStream> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(location).timeout(TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw DeliveryException.temporary("Discord's file servers did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.temporary("interrupted reading a file", e);
    }
    if (response.statusCode() == 200) {
      return response.body();
    }
    try {
      response.body().close();
    } catch (IOException e) {
      // Refused already: its body does not matter.
    }
    if (response.statusCode() >= 500 || response.statusCode() == 429) {
      throw DeliveryException.temporary(
          "Discord answered HTTP " + response.statusCode() + " for a file", null);
    }
    throw DeliveryException.permanent(
        "Discord would not give the file "
            + attachment.name()
            + " (HTTP "
            + response.statusCode()
            + "): it may have been deleted, or its link expired",
        null);
  }
}
