package io.coshoring.core.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coshoring.core.bridge.RelayQueue.Item;
import io.coshoring.core.port.DeliveryException;
import io.coshoring.core.storage.Database;
import io.github.resilience4j.core.IntervalFunction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the relay's queues: for each destination channel, its first item, then the next, never
 * two of one destination at once, so each channel sees messages in the order they were written.
 * Destinations are served side by side, so one that is slow or failing holds up only itself. A
 * failure worth retrying waits (the platform's Retry-After, else an exponential backoff); one that
 * is not, or that keeps failing, goes to the dead letters with its error, and the queue goes on.
 */
public final class RelayDispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RelayDispatcher.class);

  static final int MAX_ATTEMPTS = 10;
  private static final int HEADS = 200;

  /**
   * New items and freed destinations wake the dispatcher at once; the poll only finds retries and
   * paced destinations whose time has come, so it need not run often on an idle bot.
   */
  private static final Duration POLL = Duration.ofMillis(250);

  private static final int THREADS = 8;

  private final Database database;
  private final RelayQueue queue;
  private final BridgeCopies copies;
  private final BridgePorts ports;
  private final Clock clock;
  private final IntervalFunction backoff;
  private final ObjectMapper json = new ObjectMapper();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean woken = new AtomicBoolean();

  /** When each destination may next be written to, by its platform's pace. */
  private final Map<String, Instant> nextAllowed = new ConcurrentHashMap<>();

  private ScheduledExecutorService scheduler;
  private ExecutorService workers;

  RelayDispatcher(
      Database database,
      RelayQueue queue,
      BridgeCopies copies,
      BridgePorts ports,
      Clock clock,
      Duration firstRetry) {
    this.database = database;
    this.queue = queue;
    this.copies = copies;
    this.ports = ports;
    this.clock = clock;
    this.backoff =
        IntervalFunction.ofExponentialRandomBackoff(firstRetry, 2.0, 0.2, Duration.ofMinutes(10));
  }

  public void start() {
    AtomicInteger count = new AtomicInteger();
    workers =
        Executors.newFixedThreadPool(
            THREADS,
            runnable -> {
              Thread thread = new Thread(runnable, "coshoring-relay-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "coshoring-relay");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.scheduleWithFixedDelay(
        this::dispatchSafely, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Looks at the queues now rather than at the next poll: called when something was queued or a
   * destination became free, so a message waits for no timer. Calls made while one is pending count
   * as one.
   */
  void wake() {
    ScheduledExecutorService running = scheduler;
    if (running != null && woken.compareAndSet(false, true)) {
      try {
        running.execute(
            () -> {
              woken.set(false);
              dispatchSafely();
            });
      } catch (RejectedExecutionException e) {
        woken.set(false);
      }
    }
  }

  /** Hands the due head of every idle destination to a worker. */
  private void dispatchDue() {
    Instant now = clock.instant();
    List<Item> heads = database.read(handle -> queue.dueHeads(handle, now, HEADS));
    for (Item head : heads) {
      Instant allowed = nextAllowed.get(head.target());
      if (allowed != null && allowed.isAfter(now)) {
        // Its turn comes at a later poll: polls are a quarter second apart, paces a second.
        continue;
      }
      if (inFlight.add(head.target())) {
        workers.execute(
            () -> {
              try {
                // The heads were read before this destination was taken: a worker may have
                // delivered this one in between.
                if (queue.stillQueued(database, head)) {
                  deliver(head);
                }
              } finally {
                inFlight.remove(head.target());
                wake();
              }
            });
      }
    }
  }

  /** Delivers one item and records the outcome. */
  private void deliver(Item item) {
    try {
      BridgePort port = ports.forChannel(item.target());
      if (!port.pace().isZero()) {
        nextAllowed.put(item.target(), clock.instant().plus(port.pace()));
      }
      switch (item.action()) {
        case POST -> post(port, item);
        case EDIT -> edit(port, item);
        case DELETE -> delete(port, item);
      }
    } catch (DeliveryException e) {
      failed(item, e);
    } catch (RuntimeException e) {
      failed(item, DeliveryException.temporary(e.toString(), e));
    }
  }

  private void post(BridgePort port, Item item) throws DeliveryException {
    BridgeMessage message = message(item);
    String replyTo = null;
    if (message.replyTo() != null) {
      List<String> parent =
          database.read(
              handle ->
                  copies.copies(handle, item.sourceChannel(), message.replyTo(), item.target()));
      replyTo = parent.isEmpty() ? null : parent.get(0);
    }
    List<String> posted = port.post(item.target(), message, replyTo);
    long now = clock.millis();
    database.writeAll(
        handle -> {
          copies.record(
              handle, item.sourceChannel(), item.sourceMessage(), item.target(), posted, now);
          queue.done(handle, item);
        });
  }

  private void edit(BridgePort port, Item item) throws DeliveryException {
    List<String> targets = targets(item);
    if (!targets.isEmpty()) {
      port.edit(item.target(), targets, message(item));
    }
    database.writeAll(handle -> queue.done(handle, item));
  }

  private void delete(BridgePort port, Item item) throws DeliveryException {
    List<String> targets = targets(item);
    if (!targets.isEmpty()) {
      port.delete(item.target(), targets);
    }
    database.writeAll(
        handle -> {
          copies.forget(handle, item.sourceChannel(), item.sourceMessage(), item.target());
          queue.done(handle, item);
        });
  }

  private List<String> targets(Item item) {
    return database.read(
        handle -> copies.copies(handle, item.sourceChannel(), item.sourceMessage(), item.target()));
  }

  private void failed(Item item, DeliveryException e) {
    int attempt = item.attempts() + 1;
    Instant now = clock.instant();
    if (!e.retryable() || attempt >= MAX_ATTEMPTS) {
      log.warn(
          "relay to {} gave up after {} attempt(s): {}", item.target(), attempt, e.getMessage());
      database.writeAll(handle -> queue.bury(handle, item, e.getMessage(), now.toEpochMilli()));
      return;
    }
    Duration wait = e.retryAfter().orElse(Duration.ofMillis(backoff.apply(attempt)));
    database.writeAll(handle -> queue.retryAt(handle, item, now.plus(wait), e.getMessage()));
  }

  private BridgeMessage message(Item item) {
    try {
      return json.readValue(item.payload(), BridgeMessage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a relayed message cannot be read back: " + e.getMessage());
    }
  }

  private void dispatchSafely() {
    try {
      dispatchDue();
    } catch (RuntimeException e) {
      log.warn("relay round failed: {}", e.toString());
    }
  }

  @Override
  public void close() {
    if (scheduler == null) {
      return;
    }
    scheduler.shutdownNow();
    try {
      // The round under way hands out its last items before the workers stop taking any.
      scheduler.awaitTermination(5, TimeUnit.SECONDS);
      workers.shutdown();
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
