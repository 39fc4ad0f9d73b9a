package io.coshoring.slack.fake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The calls the fake received, in arrival order, and a way to wait for one still to come.
 *
 * <p>Our app answers Slack first and calls the Web API afterwards, on other threads: tests must
 * wait for a call rather than look for it right away. Waiting is on the monitor, woken by each new
 * call, so a test never sleeps longer than needed.
 */
final class CallLog {

  private final List<SlackCall> calls = new ArrayList<>();

  synchronized void add(SlackCall call) {
    calls.add(call);
    notifyAll();
  }

  synchronized List<SlackCall> all() {
    return List.copyOf(calls);
  }

  synchronized List<SlackCall> of(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  synchronized void clear() {
    calls.clear();
  }

  /**
   * Returns the first call of {@code method} (any method when null) that {@code filter} accepts,
   * waiting for it up to {@code timeout}.
   *
   * @throws AssertionError when none comes in time, listing the calls seen
   */
  synchronized SlackCall await(String method, Predicate<SlackCall> filter, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (SlackCall call : calls) {
        if ((method == null || call.method().equals(method)) && filter.test(call)) {
          return call;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(noMatch(method, timeout));
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting: " + noMatch(method, timeout), e);
      }
    }
  }

  private String noMatch(String method, Duration timeout) {
    StringBuilder message =
        new StringBuilder("No ")
            .append(method == null ? "" : method + " ")
            .append("call matching the filter within ")
            .append(timeout.toMillis())
            .append(" ms. Calls seen (")
            .append(calls.size())
            .append("):");
    for (SlackCall call : calls) {
      message.append("\n  ").append(call.summary());
    }
    return message.toString();
  }
}
