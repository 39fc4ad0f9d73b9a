package io.coshoring.console;

import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.AttachmentSource;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.CopyDelivery;
import io.coshoring.core.adapter.Emoji;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.adapter.RoomOpener;
import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.language.Phrases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The shell's channels as a bridge sees them: each space has {@code #general}, which keeps what was
 * said there and what bridges relayed into it, and a channel for each project room.
 */
final class ConsoleChannels implements ChannelWriter, RoomOpener {

  private final Map<String, List<String>> channels = new HashMap<>();
  private final BiConsumer<String, String> onMessage;
  private int nextMessage = 1;

  /**
   * @param onMessage told of each line written into a channel: the channel id and the line
   */
  ConsoleChannels(BiConsumer<String, String> onMessage) {
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
  public List<String> post(
      ChannelRef channel,
      RelayedMessage message,
      String replyTo,
      CopyDelivery delivery,
      Phrases notes,
      AttachmentSource files) {
    StringBuilder line =
        new StringBuilder(message.displayName()).append(": ").append(message.text().plain());
    // A terminal shows no file: its name and size say what was shared.
    for (Attachment attachment : message.attachments()) {
      line.append(" [📎 ")
          .append(attachment.name())
          .append(", ")
          .append(attachment.readableSize())
          .append("]");
    }
    return List.of(say(channel, line.toString()));
  }

  @Override
  public void react(ChannelRef channel, String messageId, Emoji emoji) {
    say(channel, "(" + emoji.key() + " on " + messageId + ")");
  }

  @Override
  public void unreact(ChannelRef channel, String messageId, Emoji emoji) {
    say(channel, "(" + emoji.key() + " taken back on " + messageId + ")");
  }

  /** Writes a line into the channel, for whoever watches it; returns its message id. */
  private String say(ChannelRef channel, String line) {
    String id = said(channel.id(), line);
    onMessage.accept(channel.id(), line);
    return id;
  }

  @Override
  public void edit(ChannelRef channel, List<String> messageIds, RelayedMessage message) {
    say(channel, "(edited) " + message.displayName() + ": " + message.text().plain());
  }

  /** A room is one more channel of the space; {@code :channel <name>} shows it. */
  @Override
  public ChannelRef openRoom(SpaceRef space, String name, List<MemberRef> members) {
    ChannelRef channel = ConsoleMember.channel(space, name);
    said(
        channel.id(),
        "(project room opened for "
            + String.join(", ", members.stream().map(MemberRef::id).toList())
            + ")");
    return channel;
  }

  @Override
  public void delete(ChannelRef channel, List<String> messageIds) {
    said(channel.id(), "(a relayed message was deleted)");
  }
}
