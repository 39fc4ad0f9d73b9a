package io.coshoring.core.notify;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.space.Author;
import io.coshoring.core.space.Authors;
import io.coshoring.core.space.MemberLanguages;
import io.coshoring.core.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Once a day, bundles each member's held match messages (daily members, and what went over the
 * day's cap) into one digest, best matches first, up to the daily number; the rest are dropped from
 * the digest but stay in the outbox as digested.
 */
public final class DailyDigest {

  private final Database database;
  private final OutboxStore outbox;
  private final Clock clock;
  private static final LocalTime SEND_FROM = LocalTime.of(9, 0);

  private final int perDigest;
  private final Authors authors;
  private final MemberLanguages languages;

  public DailyDigest(
      Database database,
      OutboxStore outbox,
      Clock clock,
      int perDigest,
      Authors authors,
      MemberLanguages languages) {
    this.database = database;
    this.outbox = outbox;
    this.clock = clock;
    this.perDigest = perDigest;
    this.authors = authors;
    this.languages = languages;
  }

  /** Queues the digests that are due; returns how many. */
  public int queueDue() {
    Instant now = clock.instant();
    int queued = 0;
    for (String recipient : outbox.recipientsWithHeld()) {
      ZonedDateTime local =
          now.atZone(authors.find(recipient).map(Author::zone).orElse(ZoneOffset.UTC));
      if (local.toLocalTime().isBefore(SEND_FROM)) {
        continue;
      }
      Instant startOfDay = local.toLocalDate().atStartOfDay(local.getZone()).toInstant();
      boolean sent =
          database.write(
              handle -> {
                if (outbox.countSince(handle, recipient, NotificationKind.DIGEST, startOfDay) > 0) {
                  return false;
                }
                List<Notification> held =
                    outbox.held(handle, recipient).stream()
                        .filter(n -> n.createdAt().isBefore(startOfDay))
                        .toList();
                if (held.isEmpty()) {
                  return false;
                }
                List<Notification> best = held.subList(0, Math.min(perDigest, held.size()));
                String key = "digest:" + recipient + ":" + local.toLocalDate();
                boolean queuedNow =
                    outbox.enqueue(
                        handle,
                        new Notification(
                            UUID.randomUUID().toString(),
                            key,
                            recipient,
                            NotificationKind.DIGEST,
                            digest(best, languages.of(recipient)),
                            0,
                            DeliveryState.PENDING,
                            0,
                            now,
                            null,
                            now,
                            null));
                held.forEach(n -> outbox.setState(handle, n.id(), DeliveryState.DIGESTED));
                return queuedNow;
              });
      queued += sent ? 1 : 0;
    }
    return queued;
  }

  /** The held messages were written in the recipient's language already; the rest is too. */
  private static OutgoingMessage digest(List<Notification> best, Phrases phrases) {
    StringBuilder text = new StringBuilder(phrases.get("digest.title"));
    List<Button> buttons = new ArrayList<>();
    for (int i = 0; i < best.size(); i++) {
      OutgoingMessage match = best.get(i).message();
      text.append("\n\n**#").append(i + 1).append("** ").append(match.text());
      for (Button button : match.buttons()) {
        buttons.add(new Button(button.actionId(), button.label() + " #" + (i + 1), button.style()));
      }
    }
    return new OutgoingMessage(text.toString(), List.of(), buttons);
  }
}
