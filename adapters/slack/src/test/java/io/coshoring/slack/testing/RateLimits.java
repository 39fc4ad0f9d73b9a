package io.coshoring.slack.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slack's rate limits, as a test sets them: so many calls of a method in a window, counted per
 * conversation for a call made in one (Slack's "1 message per second per channel" for {@code
 * chat.postMessage}), per workspace otherwise (its tiers). A call over the limit is told how long
 * to wait, in whole seconds as Slack's Retry-After says it. No method is limited unless a test
 * asks.
 */
final class RateLimits {

  private record Limit(int calls, Duration window) {}

  private final Map<String, Limit> limits = new HashMap<>();

  /** When the calls still inside their window were taken, by method, workspace and channel. */
  private final Map<String, Deque<Instant>> taken = new HashMap<>();

  synchronized void limit(String method, int calls, Duration window) {
    limits.put(method, new Limit(calls, window));
  }

  /**
   * Takes the call if the limit allows it; else says how long Slack would ask to wait.
   *
   * @param channel the conversation the call is made in, or empty
   */
  synchronized Optional<Duration> take(String method, String team, String channel, Instant now) {
    Limit limit = limits.get(method);
    if (limit == null) {
      return Optional.empty();
    }
    Deque<Instant> times =
        taken.computeIfAbsent(method + " " + team + " " + channel, key -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().plus(limit.window()).isAfter(now)) {
      times.pollFirst();
    }
    if (times.size() < limit.calls()) {
      times.addLast(now);
      return Optional.empty();
    }
    Duration wait = Duration.between(now, times.peekFirst().plus(limit.window()));
    return Optional.of(Duration.ofSeconds(Math.max(1, (wait.toMillis() + 999) / 1_000)));
  }
}
