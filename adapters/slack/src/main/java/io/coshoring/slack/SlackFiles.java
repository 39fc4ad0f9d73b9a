package io.coshoring.slack;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.model.File;
import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.AttachmentReader;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.FileDownloads;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Files in and out of Slack, streamed: a member's file read with the bot token (scope {@code
 * files:read}), and a file from another platform uploaded the two-step way Slack asks for since
 * {@code files.upload} was retired (scope {@code files:write}): an upload URL, the bytes, then
 * {@code files.completeUploadExternal} shares it in the channel.
 */
final class SlackFiles implements AttachmentReader {

  /** Slack takes files up to 1 GB. */
  static final long MAX_SIZE = 1_000_000_000L;

  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final SlackApi api;
  private final FileDownloads downloads;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();

  /**
   * @param apiUrl the Web API's address: files are served from its host too, or from Slack's
   */
  SlackFiles(SlackApi api, String apiUrl) {
    this.api = api;
    this.downloads =
        new FileDownloads("Slack", Set.of("files.slack.com", URI.create(apiUrl).getHost()));
  }

  /** A member's file, from its private URL, with the workspace's bot token. */
  @Override
  public InputStream open(ChannelRef channel, Attachment attachment) throws DeliveryException {
    return downloads.open(
        attachment, Map.of("Authorization", "Bearer " + api.token(SlackIds.teamOf(channel))));
  }

  /**
   * Uploads a file and shares it in the channel (in a thread when {@code threadTs} is set); returns
   * Slack's id of the file.
   */
  String upload(
      String team, String channel, String threadTs, Attachment attachment, InputStream bytes)
      throws DeliveryException {
    FilesGetUploadURLExternalResponse slot =
        api.call(
            team,
            client ->
                client.filesGetUploadURLExternal(
                    r -> r.filename(attachment.name()).length((int) attachment.size())));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(slot.getUploadUrl()))
            .timeout(TIMEOUT)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> bytes), attachment.size()))
            .build();
    HttpResponse<String> sent = send(request, HttpResponse.BodyHandlers.ofString());
    if (sent.statusCode() != 200) {
      throw DeliveryException.temporary(
          "Slack answered HTTP " + sent.statusCode() + " to a file's bytes", null);
    }
    api.call(
        team,
        client ->
            client.filesCompleteUploadExternal(
                r ->
                    r.files(
                            List.of(
                                FileDetails.builder()
                                    .id(slot.getFileId())
                                    .title(attachment.name())
                                    .build()))
                        .channelId(channel)
                        .threadTs(threadTs)));
    return slot.getFileId();
  }

  /**
   * The file an earlier attempt uploaded into the channel, if it finds one: the bot's, of the same
   * name and size, shared since the copy was queued and not recorded for another copy.
   */
  Optional<String> uploadedBefore(
      String team, String channel, Attachment attachment, Instant since, Set<String> others)
      throws DeliveryException {
    return api
        .readIfAllowed(
            team,
            "the files of channel " + channel,
            client ->
                client.filesList(
                    r ->
                        r.channel(channel)
                            .tsFrom(Long.toString(since.getEpochSecond() - 1))
                            .count(50)))
        .map(list -> list.getFiles() == null ? List.<File>of() : list.getFiles())
        .orElse(List.of())
        .stream()
        .filter(
            f ->
                attachment.name().equals(f.getName())
                    && f.getSize() != null
                    && f.getSize() == attachment.size())
        .map(File::getId)
        .filter(id -> !others.contains(SlackChannelWriter.FILE + id))
        .findFirst();
  }

  void delete(String team, String fileId) throws DeliveryException {
    api.call(team, client -> client.filesDelete(r -> r.file(fileId)));
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws DeliveryException {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw DeliveryException.temporary("Slack's file servers did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryException.temporary("interrupted moving a file", e);
    }
  }
}
