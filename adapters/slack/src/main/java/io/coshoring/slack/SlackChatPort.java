package io.coshoring.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.coshoring.core.port.Adapter;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;

/**
 * Sends the core's messages through Slack's Web API with the workspace's bot token, and tells the
 * core's dispatcher which failures are worth retrying: a 429 with its Retry-After, a 5xx or a
 * timeout are; a revoked token, an unknown user or a closed DM are not.
 */
final class SlackChatPort implements Adapter {

  private final SlackApi api;

  SlackChatPort(SlackApi api) {
    this.api = api;
  }

  @Override
  public MessageRef sendDirect(String memberId, OutgoingMessage message, String idempotencyKey)
      throws DeliveryException {
    // Posting to a user id opens, or reuses, the DM between the bot and that user.
    return postTo(memberId, message);
  }

  @Override
  public MessageRef post(String channelId, OutgoingMessage message) throws DeliveryException {
    return postTo(channelId, message);
  }

  /** Posts to the channel or user an id names, in its workspace. */
  private MessageRef postTo(String id, OutgoingMessage message) throws DeliveryException {
    String team = SlackIds.teamOf(id);
    ChatPostMessageResponse sent =
        api.call(
            team,
            client ->
                client.chatPostMessage(
                    r ->
                        r.channel(SlackIds.localPartOf(id))
                            .text(BlockKit.fallback(message))
                            .blocks(BlockKit.blocks(message))));
    return new MessageRef(SlackIds.channel(team, sent.getChannel()), sent.getTs());
  }

  @Override
  public void update(MessageRef where, OutgoingMessage message) throws DeliveryException {
    String team = SlackIds.teamOf(where.channelId());
    api.call(
        team,
        client ->
            client.chatUpdate(
                r ->
                    r.channel(SlackIds.localPartOf(where.channelId()))
                        .ts(where.messageId())
                        .text(BlockKit.fallback(message))
                        .blocks(BlockKit.blocks(message))));
  }

  @Override
  public void delete(MessageRef where) throws DeliveryException {
    String team = SlackIds.teamOf(where.channelId());
    api.call(
        team,
        client ->
            client.chatDelete(
                r -> r.channel(SlackIds.localPartOf(where.channelId())).ts(where.messageId())));
  }
}
