package io.coshoring.core.post;

import static io.coshoring.core.adapter.LightMarkup.literal;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.notify.DeliveryState;
import io.coshoring.core.notify.Notification;
import io.coshoring.core.notify.NotificationKind;
import io.coshoring.core.notify.OutboxStore;
import io.coshoring.core.space.MemberLanguages;
import io.coshoring.core.storage.Database;
import io.coshoring.core.text.MessageSplitter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A few days before a post expires, asks its author whether it is still open. */
public final class ExpiryReminders {

  public static final String STILL_OPEN = "post:renew:";
  public static final String CLOSE_IT = "post:close:";

  private final Database database;
  private final PostStore posts;
  private final OutboxStore outbox;
  private final Clock clock;
  private final Duration ahead;
  private final MemberLanguages languages;

  /**
   * @param ahead how long before expiry the author is asked
   */
  public ExpiryReminders(
      Database database,
      PostStore posts,
      OutboxStore outbox,
      Clock clock,
      Duration ahead,
      MemberLanguages languages) {
    this.database = database;
    this.posts = posts;
    this.outbox = outbox;
    this.clock = clock;
    this.ahead = ahead;
    this.languages = languages;
  }

  /** Queues the reminders that are due; returns how many. */
  public int queueDue() {
    Instant now = clock.instant();
    return database.write(
        handle -> {
          List<MemberPost> expiring = posts.expiringUnreminded(handle, now, now.plus(ahead));
          for (MemberPost post : expiring) {
            outbox.enqueue(
                handle,
                new Notification(
                    UUID.randomUUID().toString(),
                    "expiry:" + post.id() + ":" + post.expiresAt().toEpochMilli(),
                    post.memberId(),
                    NotificationKind.EXPIRY_REMINDER,
                    reminder(post, languages.of(post.memberId())),
                    0,
                    DeliveryState.PENDING,
                    0,
                    now,
                    null,
                    now,
                    null));
            posts.markReminded(handle, post.id(), now);
          }
          return expiring.size();
        });
  }

  private static OutgoingMessage reminder(MemberPost post, Phrases phrases) {
    String text = post.text().replace('\n', ' ');
    return new OutgoingMessage(
        phrases.get(
            "post.expiring",
            "kind",
            post.kind().name().toLowerCase(java.util.Locale.ROOT),
            "post",
            post.id(),
            "date",
            post.expiresAt().toString().substring(0, 10),
            "text",
            literal(MessageSplitter.shortened(text, 200))),
        List.of(),
        List.of(
            new Button(STILL_OPEN + post.id(), phrases.get("post.stillOpen"), Button.Style.PRIMARY),
            new Button(CLOSE_IT + post.id(), phrases.get("post.closeIt"), Button.Style.NEUTRAL)));
  }
}
