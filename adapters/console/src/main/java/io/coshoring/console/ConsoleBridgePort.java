package io.coshoring.console;

import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.adapter.ChannelWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The shell's channels as a bridge sees them: each space has one, {@code #general}, which keeps
 * what was said there and what bridges relayed into it.
 */
final class ConsoleBridgePort implements ChannelWriter {

  private final Map<String, List<String>> channels = new HashMap<>();
  private final BiConsumer<String, String> onMessage;
  private int nextMessage = 1;

  /**
   * @param onMessage told of each line written into a channel: the channel id and the line
   */
  ConsoleBridgePort(BiConsumer<String, String> onMessage) {
    this.onMessage = onMessage;
  }

  /** Records a line said in a channel; returns its message id. */
  synchronized String said(String channelId, String line) {
    channels.computeIfAbsent(channelId, c -> new ArrayList<>()).add(line);
    return "c" + nextMessage++;
  }

  synchronized List<String> lines(String channelId) {
    return List.copyOf(channels.getOrDefault(channelId, List.of()));
  }

  @Override
  public List<String> post(String channelId, RelayedMessage message, String replyTo) {
    String line = message.displayName() + ": " + message.text().plain();
    String id = said(channelId, line);
    onMessage.accept(channelId, line);
    return List.of(id);
  }

  @Override
  public void edit(String channelId, List<String> messageIds, RelayedMessage message) {
    String line = "(edited) " + message.displayName() + ": " + message.text().plain();
    said(channelId, line);
    onMessage.accept(channelId, line);
  }

  /** A room is one more channel of the space; {@code :channel <name>} shows it. */
  @Override
  public String createRoom(String spaceId, String name, List<String> memberIds) {
    String channel = spaceId + "#" + name;
    said(channel, "(project room opened for " + String.join(", ", memberIds) + ")");
    return channel;
  }

  @Override
  public void delete(String channelId, List<String> messageIds) {
    said(channelId, "(a relayed message was deleted)");
  }
}
