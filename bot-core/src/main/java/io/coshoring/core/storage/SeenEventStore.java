package io.coshoring.core.storage;

import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Handle;

/**
 * Remembers the platform events already handled, by a key the platform gives (Slack's event id, a
 * Discord message id). Slack resends what it thinks we missed, Socket Mode redelivers, a resumed
 * gateway replays: the row makes the second copy a no-op, also after a restart and across instances
 * sharing the database. Housekeeping forgets keys too old to come back.
 */
public final class SeenEventStore {

  /** Platforms retry for about an hour at most; an older key will not come back. */
  private static final Duration KEPT = Duration.ofHours(2);

  private final Database database;
  private final Clock clock;

  public SeenEventStore(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Records the key; returns whether it is seen for the first time. */
  public boolean firstTime(String key) {
    return database.write(handle -> firstTime(handle, key));
  }

  /** The same, inside the caller's transaction, so the event and its effects commit together. */
  public boolean firstTime(Handle handle, String key) {
    return handle
            .createUpdate(
                "INSERT INTO seen_events (event_key, seen_at) VALUES (:key, :now)"
                    + " ON CONFLICT (event_key) DO NOTHING")
            .bind("key", key)
            .bind("now", clock.millis())
            .execute()
        == 1;
  }

  public void forgetOld() {
    database.writeAll(
        handle ->
            handle
                .createUpdate("DELETE FROM seen_events WHERE seen_at < :before")
                .bind("before", clock.millis() - KEPT.toMillis())
                .execute());
  }
}
