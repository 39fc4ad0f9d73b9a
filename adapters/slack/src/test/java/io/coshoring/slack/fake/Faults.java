package io.coshoring.slack.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The failures and delays a test asked for, used up call by call.
 *
 * <p>A fault planned for any method (null) leaves {@code auth.test} alone: the Slack SDK sends
 * hidden {@code auth.test} calls of its own (to learn a token's team), which would otherwise eat
 * the fault meant for the call under test, depending on what an earlier test left in the SDK's
 * static cache.
 */
final class Faults {

  private static final String ANY = "*";

  /** A canned answer for the next {@code remaining} calls of one method, or of any (null). */
  private static final class Plan {
    final String method;
    final HttpAnswer answer;
    int remaining;

    Plan(String method, HttpAnswer answer, int remaining) {
      this.method = method;
      this.answer = answer;
      this.remaining = remaining;
    }

    boolean covers(String calledMethod) {
      return method == null ? !calledMethod.equals("auth.test") : method.equals(calledMethod);
    }
  }

  private final List<Plan> plans = new ArrayList<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private final Set<String> revokedTokens = ConcurrentHashMap.newKeySet();

  synchronized void failNext(String method, int times, HttpAnswer answer) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1, was " + times);
    }
    plans.add(new Plan(method, answer, times));
  }

  /** The canned answer for this call, if a plan covers it; the plan is used up by one. */
  synchronized Optional<HttpAnswer> take(String method) {
    for (Iterator<Plan> it = plans.iterator(); it.hasNext(); ) {
      Plan plan = it.next();
      if (plan.covers(method)) {
        if (--plan.remaining == 0) {
          it.remove();
        }
        return Optional.of(plan.answer);
      }
    }
    return Optional.empty();
  }

  void slowDown(String method, Duration delay) {
    if (delay.isZero() || delay.isNegative()) {
      delays.remove(method == null ? ANY : method);
    } else {
      delays.put(method == null ? ANY : method, delay);
    }
  }

  Duration delayFor(String method) {
    Duration delay = delays.get(method);
    if (delay == null && !method.equals("auth.test")) {
      delay = delays.get(ANY);
    }
    return delay == null ? Duration.ZERO : delay;
  }

  void revoke(String token) {
    revokedTokens.add(token);
  }

  boolean isRevoked(String token) {
    return token != null && revokedTokens.contains(token);
  }
}
