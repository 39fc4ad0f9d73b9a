package io.coshoring.slack;

import io.coshoring.core.storage.Database;
import java.time.Clock;
import java.time.Duration;

/**
 * Remembers the events already handled, by Slack's event id. Slack resends an event it thinks we
 * missed (HTTP retries, Socket Mode redeliveries); the row makes the second copy a no-op, also
 * after a restart and across instances sharing the database.
 */
final class SeenEvents {

  /** Slack retries for about an hour at most; an older id will not come back. */
  private static final Duration KEPT = Duration.ofHours(2);

  private final Database database;
  private final Clock clock;

  SeenEvents(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Records the event id; returns whether it is seen for the first time. */
  boolean firstTime(String eventId) {
    long now = clock.millis();
    return database.write(
            handle ->
                handle
                    .createUpdate(
                        "INSERT INTO slack_seen_events (event_id, seen_at) VALUES (:id, :now)"
                            + " ON CONFLICT (event_id) DO NOTHING")
                    .bind("id", eventId)
                    .bind("now", now)
                    .execute())
        == 1;
  }

  /** Forgets ids too old to be resent. */
  void forgetOld() {
    database.writeAll(
        handle ->
            handle
                .createUpdate("DELETE FROM slack_seen_events WHERE seen_at < :before")
                .bind("before", clock.millis() - KEPT.toMillis())
                .execute());
  }
}
