package io.coshoring.core.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Reads attachments over HTTP for an {@link AttachmentReader}, streamed, and only from its
 * platform's own hosts, whatever an attachment's address says: a credential sent along goes nowhere
 * else, and the bot fetches nothing a message points it at.
 */
public final class FileDownloads {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final String platform;
  private final Set<String> hosts;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  /**
   * @param platform the platform's name, as members know it, for the errors
   */
  public FileDownloads(String platform, Set<String> hosts) {
    this.platform = platform;
    this.hosts = Set.copyOf(hosts);
  }

  /** The attachment's bytes, with these headers on the request (a bearer token, say). */
  public InputStream open(Attachment attachment, Map<String, String> headers)
      throws DeliveryException {
    URI location = URI.create(attachment.location());
    if (!hosts.contains(location.getHost())) {
      throw DeliveryException.permanent(
          "the file " + attachment.name() + " is not on " + platform + "'s servers", null);
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(location).timeout(TIMEOUT).GET();
    headers.forEach(request::header);
    HttpResponse<InputStream> response = send(request.build());
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
          platform + " answered HTTP " + response.statusCode() + " for a file", null);
    }
    throw DeliveryException.permanent(
        platform
            + " would not give the file "
            + attachment.name()
            + " (HTTP "
            + response.statusCode()
            + "): it may have been deleted, or its link expired",
        null);
  }

  private HttpResponse<InputStream> send(HttpRequest request) throws DeliveryException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw DeliveryException.temporary(platform + "'s file servers did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.temporary("interrupted reading a file", e);
    }
  }
}
