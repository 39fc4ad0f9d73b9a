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

  /**
   * A line of a channel. What members wrote reads the same for all; what the shell adds around it
   * (an edit, a reaction, a room opened) is written, as a platform's own labels are, in the
   * language of whoever reads the channel, so it is kept unwritten until then.
   */
  interface Line {
    String in(Phrases phrases);
  }

  private final Map<String, List<Line>> channels = new HashMap<>();
  private final BiConsumer<String, Line> onMessage;
  private int nextMessage = 1;

  /**
   * @param onMessage told of each line written into a channel: the channel id and the line
   */
  ConsoleChannels(BiConsumer<String, Line> onMessage) {
    this.onMessage = onMessage;
  }

  /** Records a line said in a channel; returns its message id. */
  synchronized String said(String channelId, Line line) {
    channels.computeIfAbsent(channelId, c -> new ArrayList<>()).add(line);
    return "c" + nextMessage++;
  }

  /** The lines of a channel, oldest first, as the reader reads them. */
  List<String> lines(String channelId, Phrases reader) {
    List<Line> lines;
    synchronized (this) {
      lines = List.copyOf(channels.getOrDefault(channelId, List.of()));
    }
    return lines.stream().map(line -> line.in(reader)).toList();
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
    String written = line.toString();
    return List.of(say(channel, phrases -> written));
  }

  @Override
  public void react(ChannelRef channel, String messageId, Emoji emoji) {
    say(
        channel,
        phrases ->
            phrases.get("console.channel.reacted", "emoji", emoji.key(), "message", messageId));
  }

  @Override
  public void unreact(ChannelRef channel, String messageId, Emoji emoji) {
    say(
        channel,
        phrases ->
            phrases.get("console.channel.unreacted", "emoji", emoji.key(), "message", messageId));
  }

  /** Writes a line into the channel, for whoever watches it; returns its message id. */
  private String say(ChannelRef channel, Line line) {
    String id = said(channel.id(), line);
    onMessage.accept(channel.id(), line);
    return id;
  }

  @Override
  public void edit(ChannelRef channel, List<String> messageIds, RelayedMessage message) {
    String written = message.displayName() + ": " + message.text().plain();
    say(channel, phrases -> phrases.get("console.channel.edited", "line", written));
  }

  /** A room is one more channel of the space; {@code :channel <name>} shows it. */
  @Override
  public ChannelRef openRoom(SpaceRef space, String name, List<MemberRef> members) {
    ChannelRef channel = ConsoleMember.channel(space, name);
    String who = String.join(", ", members.stream().map(MemberRef::id).toList());
    said(channel.id(), phrases -> phrases.get("console.channel.roomOpened", "members", who));
    return channel;
  }

  @Override
  public void delete(ChannelRef channel, List<String> messageIds) {
    said(channel.id(), phrases -> phrases.get("console.channel.deleted"));
  }
}
