package io.coshoring.slack;

import com.slack.api.bolt.service.OAuthStateService;
import io.coshoring.core.adapter.AdapterTables;
import java.time.Clock;

/**
 * The OAuth {@code state} values of installs under way, in the adapter's own tables, so that an
 * install started on one instance can finish on another and a replayed callback is refused.
 */
final class SlackOAuthStateStore implements OAuthStateService {

  private final AdapterTables tables;
  private final Clock clock;

  SlackOAuthStateStore(AdapterTables tables, Clock clock) {
    this.tables = tables;
    this.clock = clock;
  }

  @Override
  public void addNewStateToDatastore(String state) {
    long now = clock.millis();
    tables.write(
        handle -> {
          handle
              .createUpdate("DELETE FROM slack_oauth_states WHERE expires_at < :now")
              .bind("now", now)
              .execute();
          return handle
              .createUpdate("INSERT INTO slack_oauth_states (state, expires_at) VALUES (:s, :e)")
              .bind("s", state)
              .bind("e", now + getExpirationInSeconds() * 1000)
              .execute();
        });
  }

  @Override
  public boolean isAvailableInDatabase(String state) {
    return tables.read(
        handle ->
            handle
                    .createQuery(
                        "SELECT COUNT(*) FROM slack_oauth_states WHERE state = :s AND expires_at >= :now")
                    .bind("s", state)
                    .bind("now", clock.millis())
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  @Override
  public void deleteStateFromDatastore(String state) {
    tables.write(
        handle ->
            handle
                .createUpdate("DELETE FROM slack_oauth_states WHERE state = :s")
                .bind("s", state)
                .execute());
  }
}
