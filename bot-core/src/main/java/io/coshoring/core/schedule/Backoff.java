package io.coshoring.core.schedule;

import io.github.resilience4j.core.IntervalFunction;
import java.time.Duration;
import java.util.Optional;

/**
 * How long a failed delivery waits before its next attempt: what the platform asked for when it
 * said (a 429's Retry-After), else an exponential backoff with jitter, capped.
 */
public final class Backoff {

  private final IntervalFunction interval;

  public Backoff(Duration first, Duration max) {
    this.interval = IntervalFunction.ofExponentialRandomBackoff(first, 2.0, 0.2, max);
  }

  /**
   * @param attempt the attempt that failed, from 1
   */
  public Duration after(int attempt, Optional<Duration> retryAfter) {
    return retryAfter.orElseGet(() -> Duration.ofMillis(interval.apply(attempt)));
  }
}
