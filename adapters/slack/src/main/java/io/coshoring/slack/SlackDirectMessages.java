package io.coshoring.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;

/**
 * Sends the core's direct messages as Block Kit with the workspace's bot token; {@link SlackApi}
 * tells the dispatcher which failures are worth retrying.
 */
final class SlackDirectMessages {

  private final SlackApi api;

  SlackDirectMessages(SlackApi api) {
    this.api = api;
  }

  MessageRef send(MemberRef member, OutgoingMessage message) throws DeliveryException {
    String team = SlackIds.teamOf(member);
    // Posting to a user id opens, or reuses, the DM between the bot and that user.
    ChatPostMessageResponse sent =
        api.call(
            team,
            client ->
                client.chatPostMessage(
                    r ->
                        r.channel(SlackIds.userOf(member))
                            .text(SlackRenderer.fallback(message))
                            .blocks(SlackRenderer.blocks(message))));
    return new MessageRef(SlackIds.channel(team, sent.getChannel()), sent.getTs());
  }
}
