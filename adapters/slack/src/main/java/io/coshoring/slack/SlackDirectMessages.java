package io.coshoring.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import java.util.List;
import java.util.Optional;

/**
 * Sends the core's direct messages as Block Kit with the workspace's bot token; {@link SlackApi}
 * tells the dispatcher which failures are worth retrying. Slack takes no idempotency key, so each
 * message carries its notification's key in its metadata, and an attempt that may follow one Slack
 * took unrecorded first reads the DM's latest messages back: if the message is there, it is not
 * sent again.
 */
final class SlackDirectMessages {

  static final String METADATA_TYPE = "coshoring_notification";

  /** A retry comes within minutes of the attempt it repeats: the DM's last messages hold it. */
  private static final int READ_BACK = 20;

  private final SlackApi api;

  SlackDirectMessages(SlackApi api) {
    this.api = api;
  }

  MessageRef send(MemberRef member, OutgoingMessage message, Delivery delivery)
      throws DeliveryException {
    String team = SlackIds.teamOf(member);
    if (delivery.mayHaveBeenSentBefore()) {
      Optional<MessageRef> earlier = sentBefore(member, delivery.idempotencyKey());
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    // Posting to a user id opens, or reuses, the DM between the bot and that user.
    ChatPostMessageResponse sent =
        api.call(
            team,
            client ->
                client.chatPostMessage(
                    r ->
                        r.channel(SlackIds.userOf(member))
                            .text(SlackRenderer.fallback(message))
                            .blocks(SlackRenderer.blocks(message))
                            .metadata(KeyedMetadata.of(METADATA_TYPE, delivery.idempotencyKey()))));
    return new MessageRef(SlackIds.channel(team, sent.getChannel()), sent.getTs());
  }

  /**
   * The message with this key among the DM's latest, if an earlier attempt posted it. A workspace
   * that has not granted {@code im:history} yet cannot be read: the message is sent again then, as
   * before the read-back existed, and the log says why.
   */
  private Optional<MessageRef> sentBefore(MemberRef member, String key) throws DeliveryException {
    String team = SlackIds.teamOf(member);
    String what = "back the DM of " + member + " before sending again";
    Optional<String> dm =
        api.readIfAllowed(
                team,
                what,
                client -> client.conversationsOpen(r -> r.users(List.of(SlackIds.userOf(member)))))
            .map(opened -> opened.getChannel().getId());
    if (dm.isEmpty()) {
      return Optional.empty();
    }
    return api.readIfAllowed(
            team,
            what,
            client ->
                client.conversationsHistory(
                    r -> r.channel(dm.get()).limit(READ_BACK).includeAllMetadata(true)))
        .flatMap(
            history ->
                history.getMessages().stream()
                    .filter(m -> KeyedMetadata.carries(m, METADATA_TYPE, key))
                    .findFirst())
        .map(m -> new MessageRef(SlackIds.channel(team, dm.get()), m.getTs()));
  }
}
