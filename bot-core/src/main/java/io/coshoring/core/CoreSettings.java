package io.coshoring.core;

import java.time.Duration;

/**
 * The core's settings.
 *
 * @param dailyMatchMessages how many match messages a member gets a day at most; the rest wait for
 *     the digest
 * @param postLifetime how long a post stays open
 * @param commandsPerMinute how many commands a member may run in a minute
 * @param firstRetry the wait before a failed delivery's first retry; it doubles after each failure
 */
public record CoreSettings(
    int dailyMatchMessages, Duration postLifetime, int commandsPerMinute, Duration firstRetry) {

  public static final CoreSettings DEFAULTS =
      new CoreSettings(5, Duration.ofDays(30), 20, Duration.ofSeconds(2));
}
