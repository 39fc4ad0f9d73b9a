package io.coshoring.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.Message;
import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.AttachmentSource;
import io.coshoring.core.adapter.CarriedFiles;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.CopyDelivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Emoji;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.text.MessageSplitter;
import io.coshoring.core.text.RichText;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes relayed messages into Slack channels: the author's name (and space) and avatar through
 * {@code chat.postMessage}'s {@code username} and {@code icon_url} (scope {@code
 * chat:write.customize}), the text as mrkdwn with nothing in it able to ping, links not unfurled, a
 * reply in its parent's thread. Edits and deletes go to the copies by their {@code ts}.
 *
 * <p>Each part carries the copy's key in its metadata. An attempt that may repeat one Slack took
 * unrecorded reads the channel (or the thread) back since the copy was queued, and posts only the
 * parts it does not find there.
 */
final class SlackChannelWriter implements ChannelWriter {

  private static final Duration PACE = Duration.ofSeconds(1);

  /** Slack's answers to a reaction that leave things as they should be. */
  private static final Set<String> NO_HARM =
      Set.of("already_reacted", "no_reaction", "invalid_name");

  static final String METADATA_TYPE = "coshoring_copy";

  /**
   * A file the copy shared is recorded among its parts by Slack's id of it, so: a delete deletes
   * it, an edit leaves it be.
   */
  static final String FILE = "file:";

  /** A retry comes within minutes of the attempt it repeats: the latest messages hold it. */
  private static final int READ_BACK = 50;

  private final SlackApi api;
  private final SlackFiles files;

  SlackChannelWriter(SlackApi api, SlackFiles files) {
    this.api = api;
    this.files = files;
  }

  /** Slack allows about one message a second per channel, bursts not guaranteed. */
  @Override
  public Duration pace() {
    return PACE;
  }

  @Override
  public List<String> post(
      ChannelRef where,
      RelayedMessage message,
      String replyTo,
      CopyDelivery delivery,
      Phrases notes,
      AttachmentSource files)
      throws DeliveryException {
    String team = SlackIds.teamOf(where);
    String channel = SlackIds.channelOf(where);
    CarriedFiles carried = CarriedFiles.within(message, SlackFiles.MAX_SIZE, "Slack", notes);
    List<String> parts = SlackMrkdwn.split(withCaption(carried, notes));
    List<String> posted = new ArrayList<>();
    if (delivery.mayHaveBeenPostedBefore()) {
      posted.addAll(postedBefore(team, channel, replyTo, delivery));
    }
    for (String part : parts.subList(Math.min(posted.size(), parts.size()), parts.size())) {
      ChatPostMessageResponse sent =
          api.call(
              team,
              client ->
                  client.chatPostMessage(
                      r ->
                          r.channel(channel)
                              .text(part)
                              .username(message.displayName())
                              .iconUrl(message.avatarUrl())
                              .threadTs(replyTo)
                              .metadata(KeyedMetadata.of(METADATA_TYPE, delivery.key()))
                              .linkNames(false)
                              .unfurlLinks(false)
                              .unfurlMedia(false)));
      posted.add(sent.getTs());
    }
    for (Attachment attachment : carried.files()) {
      Optional<String> before =
          delivery.mayHaveBeenPostedBefore()
              ? this.files.uploadedBefore(
                  team, channel, attachment, delivery.queuedAt(), delivery.othersSince())
              : Optional.empty();
      String id =
          before.isPresent() ? before.get() : upload(team, channel, replyTo, attachment, files);
      posted.add(FILE + id);
    }
    return posted;
  }

  /**
   * Slack shares an uploaded file as the bot's: a message in the author's name goes first, saying
   * whose it is, when theirs had no text.
   */
  private static RichText withCaption(CarriedFiles carried, Phrases notes) {
    if (!carried.text().plain().isBlank() || carried.files().isEmpty()) {
      return carried.text();
    }
    String names = carried.files().stream().map(Attachment::name).collect(Collectors.joining(", "));
    return new RichText(
        List.of(
            new RichText.Paragraph(
                List.of(new RichText.Written(notes.get("relay.filesShared", "files", names))))));
  }

  private String upload(
      String team, String channel, String replyTo, Attachment attachment, AttachmentSource files)
      throws DeliveryException {
    try (InputStream bytes = files.open(attachment)) {
      return this.files.upload(team, channel, replyTo, attachment, bytes);
    } catch (IOException e) {
      throw DeliveryException.temporary("could not read " + attachment.name() + ": " + e, e);
    }
  }

  /**
   * The parts of this copy an earlier attempt posted, oldest first: none when the channel cannot be
   * read (a workspace that has not granted its history scope), and the log says why.
   */
  private List<String> postedBefore(
      String team, String channel, String replyTo, CopyDelivery delivery) throws DeliveryException {
    String oldest = Long.toString(delivery.queuedAt().getEpochSecond() - 1);
    String what = "back channel " + channel + " before posting again";
    Optional<List<Message>> recent =
        replyTo == null
            ? api.readIfAllowed(
                    team,
                    what,
                    client ->
                        client.conversationsHistory(
                            r ->
                                r.channel(channel)
                                    .oldest(oldest)
                                    .limit(READ_BACK)
                                    .includeAllMetadata(true)))
                .map(history -> history.getMessages())
            : api.readIfAllowed(
                    team,
                    what,
                    client ->
                        client.conversationsReplies(
                            r ->
                                r.channel(channel)
                                    .ts(replyTo)
                                    .oldest(oldest)
                                    .limit(READ_BACK)
                                    .includeAllMetadata(true)))
                .map(replies -> replies.getMessages());
    return recent.orElse(List.of()).stream()
        .filter(m -> KeyedMetadata.carries(m, METADATA_TYPE, delivery.key()))
        .map(Message::getTs)
        .sorted(Comparator.comparing(BigDecimal::new))
        .toList();
  }

  /**
   * The bot is in a channel before it bridges it: Slack sends no events from a channel the bot is
   * not in, and refuses its posts there. It joins a public channel by itself; a private channel
   * hides from a bot that is not in it, and a member must invite it.
   */
  @Override
  public void ensureWritable(ChannelRef where) throws DeliveryException {
    String team = SlackIds.teamOf(where);
    String channel = SlackIds.channelOf(where);
    Conversation info;
    try {
      info =
          api.call(team, client -> client.conversationsInfo(r -> r.channel(channel))).getChannel();
    } catch (DeliveryException e) {
      if (e.retryable()) {
        throw e;
      }
      throw DeliveryException.permanent(
          "I can't see this channel: if it is private, type `/invite @coshoring` in it first,"
              + " then run the command again",
          SlackRefusals.hidden(),
          e);
    }
    if (!info.isMember()) {
      api.call(team, client -> client.conversationsJoin(r -> r.channel(channel)));
    }
  }

  @Override
  public void edit(ChannelRef where, List<String> messageIds, RelayedMessage message)
      throws DeliveryException {
    String team = SlackIds.teamOf(where);
    String channel = SlackIds.channelOf(where);
    List<String> texts = messageIds.stream().filter(id -> !id.startsWith(FILE)).toList();
    List<String> parts = SlackMrkdwn.split(message.text());
    for (int i = 0; i < texts.size(); i++) {
      String ts = texts.get(i);
      if (i < parts.size()) {
        // A longer edit than the original keeps to the parts there are; the rest is cut.
        String text =
            i == texts.size() - 1
                ? String.join("\n", parts.subList(i, parts.size()))
                : parts.get(i);
        api.call(team, client -> client.chatUpdate(r -> r.channel(channel).ts(ts).text(cut(text))));
      } else {
        api.call(team, client -> client.chatDelete(r -> r.channel(channel).ts(ts)));
      }
    }
  }

  @Override
  public void delete(ChannelRef where, List<String> messageIds) throws DeliveryException {
    String team = SlackIds.teamOf(where);
    String channel = SlackIds.channelOf(where);
    for (String id : messageIds) {
      if (id.startsWith(FILE)) {
        files.delete(team, id.substring(FILE.length()));
      } else {
        api.call(team, client -> client.chatDelete(r -> r.channel(channel).ts(id)));
      }
    }
  }

  /** A reaction already there, or a custom emoji this workspace lacks, is no failure. */
  @Override
  public void react(ChannelRef where, String messageId, Emoji emoji) throws DeliveryException {
    reaction(where, messageId, emoji, true);
  }

  @Override
  public void unreact(ChannelRef where, String messageId, Emoji emoji) throws DeliveryException {
    reaction(where, messageId, emoji, false);
  }

  private void reaction(ChannelRef where, String messageId, Emoji emoji, boolean add)
      throws DeliveryException {
    String team = SlackIds.teamOf(where);
    String channel = SlackIds.channelOf(where);
    String name = SlackEmoji.name(emoji);
    if (add) {
      api.call(
          team,
          client -> client.reactionsAdd(r -> r.channel(channel).timestamp(messageId).name(name)),
          NO_HARM);
    } else {
      api.call(
          team,
          client -> client.reactionsRemove(r -> r.channel(channel).timestamp(messageId).name(name)),
          NO_HARM);
    }
  }

  private static String cut(String text) {
    return MessageSplitter.shortened(text, SlackMrkdwn.MESSAGE_LIMIT);
  }
}
