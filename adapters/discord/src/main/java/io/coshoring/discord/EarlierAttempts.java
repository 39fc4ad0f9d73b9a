package io.coshoring.discord;

import io.coshoring.core.adapter.CopyDelivery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * The parts of a copy an earlier attempt posted through the webhook, which Discord took but the
 * bridge did not record. A webhook takes no nonce and a message no metadata, so the channel (or
 * thread) is read back since the copy was queued, and the webhook's messages there with the same
 * name and text, in order, that are not recorded as other copies, are taken as its parts.
 */
final class EarlierAttempts {

  /** A retry comes within minutes of the attempt it repeats: the latest messages hold it. */
  private static final int READ_BACK = 50;

  private EarlierAttempts() {}

  /**
   * @param thread the thread read, or null for a channel
   * @param name the name the webhook posted under
   * @return the parts found, as they are recorded, in order
   */
  static List<String> find(
      MessageChannel where,
      String thread,
      String webhookId,
      String name,
      List<String> parts,
      CopyDelivery delivery) {
    long since = TimeUtil.getDiscordTimestamp(delivery.queuedAt().toEpochMilli() - 1_000);
    List<Message> recent =
        new ArrayList<>(
            MessageHistory.getHistoryAfter(where, Long.toUnsignedString(since))
                .limit(READ_BACK)
                .complete()
                .getRetrievedHistory());
    recent.sort(Comparator.comparing(Message::getIdLong));
    List<String> found = new ArrayList<>();
    for (Message earlier : recent) {
      String id = thread == null ? earlier.getId() : DiscordIds.inThread(earlier.getId(), thread);
      if (found.size() < parts.size()
          && earlier.getAuthor().getId().equals(webhookId)
          && earlier.getAuthor().getName().equals(name)
          && earlier.getContentRaw().equals(parts.get(found.size()))
          && !delivery.othersSince().contains(id)) {
        found.add(id);
      }
    }
    return found;
  }
}
