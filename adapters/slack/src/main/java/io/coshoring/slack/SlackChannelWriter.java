package io.coshoring.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.RelayedMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes relayed messages into Slack channels: the author's name (and space) and avatar through
 * {@code chat.postMessage}'s {@code username} and {@code icon_url} (scope {@code
 * chat:write.customize}), the text as mrkdwn with nothing in it able to ping, links not unfurled, a
 * reply in its parent's thread. Edits and deletes go to the copies by their {@code ts}.
 */
final class SlackChannelWriter implements ChannelWriter {

  private static final Duration PACE = Duration.ofSeconds(1);

  private final SlackApi api;

  SlackChannelWriter(SlackApi api) {
    this.api = api;
  }

  /** Slack allows about one message a second per channel, bursts not guaranteed. */
  @Override
  public Duration pace() {
    return PACE;
  }

  @Override
  public List<String> post(ChannelRef where, RelayedMessage message, String replyTo)
      throws DeliveryException {
    String team = SlackIds.teamOf(where);
    String channel = SlackIds.channelOf(where);
    List<String> posted = new ArrayList<>();
    for (String part : SlackMrkdwn.split(message.text())) {
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
                              .linkNames(false)
                              .unfurlLinks(false)
                              .unfurlMedia(false)));
      posted.add(sent.getTs());
    }
    return posted;
  }

  @Override
  public void edit(ChannelRef where, List<String> messageIds, RelayedMessage message)
      throws DeliveryException {
    String team = SlackIds.teamOf(where);
    String channel = SlackIds.channelOf(where);
    List<String> parts = SlackMrkdwn.split(message.text());
    for (int i = 0; i < messageIds.size(); i++) {
      String ts = messageIds.get(i);
      if (i < parts.size()) {
        // A longer edit than the original keeps to the parts there are; the rest is cut.
        String text =
            i == messageIds.size() - 1
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
    for (String ts : messageIds) {
      api.call(team, client -> client.chatDelete(r -> r.channel(channel).ts(ts)));
    }
  }

  private static String cut(String text) {
    return text.length() <= SlackMrkdwn.MESSAGE_LIMIT
        ? text
        : text.substring(0, SlackMrkdwn.MESSAGE_LIMIT - 1) + "…";
  }
}
