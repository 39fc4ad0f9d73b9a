package io.coshoring.deploy.faults;

import io.coshoring.slack.testing.SlackRequests;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The load of a run at its steady rates, and the SIGKILLs: one at a random moment in each equal
 * slice of the load, the app started again at once each time while the load goes on. Then the
 * settling: the clicks go on until nothing reaches the fakes for a while.
 */
final class LoadRun {

  /**
   * A SIGKILL: when in the load, when by {@link System#nanoTime()}, and whether it hit the app
   * serving or still starting.
   */
  record Kill(Duration at, long nanos, boolean serving) {}

  private static final Duration QUIET = Duration.ofSeconds(20);
  private static final Duration SETTLE_AT_MOST = Duration.ofMinutes(4);

  private final FaultPlan plan;
  private final AppProcess app;
  private final FakePlatforms fakes;
  private final PairTraffic pairs;
  private final BridgeTraffic bridge;
  private final MatchClicker clicker;
  private final ScheduledExecutorService clock = Executors.newScheduledThreadPool(4);
  private final ExecutorService senders = Executors.newFixedThreadPool(8);
  private final ExecutorService watcher = Executors.newSingleThreadExecutor();
  private final List<Kill> kills = new ArrayList<>();
  private final Random random = new Random();

  /** A failure of the harness's own, which must fail the run rather than quietly thin its load. */
  private final AtomicReference<Throwable> broken = new AtomicReference<>();

  private final Thread slackWriter;
  private volatile boolean loading = true;

  LoadRun(
      FaultPlan plan,
      AppProcess app,
      FakePlatforms fakes,
      SlackRequests slack,
      Ledger ledger,
      PairTraffic pairs,
      BridgeTraffic bridge) {
    this.plan = plan;
    this.app = app;
    this.fakes = fakes;
    this.pairs = pairs;
    this.bridge = bridge;
    this.clicker = new MatchClicker(fakes, slack, ledger, task -> senders.execute(guarded(task)));
    this.slackWriter = new Thread(guarded(this::writeOnSlack), "faults-slack-writer");
  }

  void run() throws InterruptedException {
    long start = System.nanoTime();
    long end = start + plan.load().toNanos();
    AtomicInteger pair = new AtomicInteger();
    every(
        1 / plan.pairsPerSecond(),
        () -> {
          int n = pair.getAndIncrement();
          if (n < plan.pairs()) {
            senders.execute(guarded(() -> pairs.send(n)));
          }
        });
    clock.scheduleWithFixedDelay(guarded(clicker::look), 500, 500, TimeUnit.MILLISECONDS);
    if (plan.relayPerSecond() > 0) {
      AtomicInteger onDiscord = new AtomicInteger();
      every(1 / plan.relayPerSecond(), () -> bridge.writeOnDiscord(onDiscord.getAndIncrement()));
      // Slack's retries hold up its next message, as one channel's events are sent in order.
      slackWriter.start();
    }
    long slice = plan.load().toNanos() / Math.max(1, plan.kills());
    for (int k = 0; k < plan.kills(); k++) {
      long at = start + k * slice + (long) (slice * (0.1 + 0.8 * random.nextDouble()));
      sleepUntil(at);
      long now = System.nanoTime();
      boolean serving = app.killAndRestart();
      kills.add(new Kill(Duration.ofNanos(now - start), now, serving));
      watcher.execute(this::awaitReady);
    }
    sleepUntil(end);
  }

  /** Waits for quiet at the fakes, the clicks going on; returns how long that took. */
  Duration settle() throws InterruptedException {
    loading = false;
    long start = System.nanoTime();
    slackWriter.join(Duration.ofSeconds(30).toMillis());
    if (!app.awaitReady()) {
      throw new IllegalStateException("the app did not come back; see " + app.log());
    }
    long deadline = start + SETTLE_AT_MOST.toNanos();
    int seen = calls();
    long quietSince = System.nanoTime();
    while (System.nanoTime() - quietSince < QUIET.toNanos() && System.nanoTime() < deadline) {
      Thread.sleep(1_000);
      int now = calls();
      if (now != seen) {
        seen = now;
        quietSince = System.nanoTime();
      }
    }
    clock.shutdownNow();
    watcher.shutdownNow();
    // A look under way may still hand out a click: the senders close after it.
    clock.awaitTermination(10, TimeUnit.SECONDS);
    senders.shutdown();
    senders.awaitTermination(30, TimeUnit.SECONDS);
    if (broken.get() != null) {
      throw new IllegalStateException("the harness failed during the load", broken.get());
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  List<Kill> kills() {
    return List.copyOf(kills);
  }

  private int calls() {
    return fakes.slack.calls().size() + fakes.discord.calls().size();
  }

  private void every(double seconds, Runnable task) {
    long period = (long) (seconds * 1e9);
    clock.scheduleAtFixedRate(
        guarded(
            () -> {
              if (loading) {
                task.run();
              }
            }),
        0,
        period,
        TimeUnit.NANOSECONDS);
  }

  private Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        broken.compareAndSet(null, e);
      }
    };
  }

  private void writeOnSlack() {
    long period = (long) (1e9 / plan.relayPerSecond());
    long next = System.nanoTime();
    for (int seq = 0; loading; seq++) {
      try {
        bridge.writeOnSlack(seq);
        next += period;
        sleepUntil(next);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void awaitReady() {
    try {
      app.awaitReady();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleepUntil(long nanos) throws InterruptedException {
    long left = nanos - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left);
    }
  }
}
