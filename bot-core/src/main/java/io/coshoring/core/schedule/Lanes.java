package io.coshoring.core.schedule;

import io.coshoring.core.adapter.SerialLanes;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a queue's due items run: on a few threads, one after another for the same lane (a member, a
 * channel), side by side for different lanes, and never one item twice at once. A round that read
 * an item before it finished may hand it over again: the work checks that it is still due.
 */
public final class Lanes implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Lanes.class);

  private static final Duration DRAIN = Duration.ofSeconds(30);

  private final String name;
  private final int threads;
  private final Set<Object> inFlight = ConcurrentHashMap.newKeySet();
  private ExecutorService workers;
  private SerialLanes lanes;

  /**
   * @param name the threads' names
   */
  public Lanes(String name, int threads) {
    this.name = name;
    this.threads = threads;
  }

  public synchronized void start() {
    AtomicInteger count = new AtomicInteger();
    workers =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    lanes = new SerialLanes(workers);
  }

  /**
   * Runs {@code work} in its lane unless the same item is under way; {@code afterwards} runs once
   * it has, to look for more.
   */
  public void submit(Object item, String lane, Runnable work, Runnable afterwards) {
    if (inFlight.add(item)) {
      lanes
          .submit(lane, name, work)
          .whenComplete(
              (ignored, failure) -> {
                inFlight.remove(item);
                afterwards.run();
              });
    }
  }

  /** Lets the work under way finish, for a while. */
  @Override
  public void close() {
    if (workers == null) {
      return;
    }
    workers.shutdown();
    try {
      if (!workers.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
        log.warn("{}: stopped with work under way; it is done again at the next start", name);
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
