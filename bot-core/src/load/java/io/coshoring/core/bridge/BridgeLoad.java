package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Adapter;
import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.AttachmentSource;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.CopyDelivery;
import io.coshoring.core.adapter.Emoji;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;

import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.api.ChannelMessage;

import io.coshoring.core.language.Phrases;
import io.coshoring.core.text.RichText;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.storage.SeenEventStore;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The relay under load: 50 bridges of two channels each, on a real SQLite file, with a platform
 * that answers at once. Messages arrive at a fixed rate spread over the bridges; the harness
 * measures the aggregate relay throughput, the latency the relay adds (event received → the
 * platform call made), whether every message arrived once and in order, and the heap used. Runs
 * in one process on 127.0.0.1 resources only, and stops by itself.
 *
 * <p>Arguments: {@code [messages, default 30000] [rate per second, default 600]}.
 */
public final class BridgeLoad {

  private static final int BRIDGES = 50;

  private BridgeLoad() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 30_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 600;
    Path folder = Files.createTempDirectory("coshoring-bridge-load");
    Database database = Database.sqlite(folder);
    InstantPort port = new InstantPort();
    Adapters adapters = new Adapters();
    adapters.register(port);
    Bridging bridging =
        new Bridging(
            database,
            adapters,
            new SpaceStore(database, Clock.systemUTC()),
            new SeenEventStore(database, Clock.systemUTC()),
            Clock.systemUTC(),
            Duration.ofMillis(10));
    database.writeAll(
        handle -> {
          for (int b = 0; b < BRIDGES; b++) {
            bridging.store().create(handle, new BridgeStore.Bridge("b" + b, "bridge " + b), "a", 0);
            bridging.store().addChannel(handle, "b" + b, source(b), "console:s" + b, "a", 0);
            bridging.store().addChannel(handle, "b" + b, target(b), "console:t" + b, "a", 1);
          }
        });
    bridging.start();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = settledHeap(memory);

    run(bridging, port, count / 10, rate, "w");
    port.reset();
    long start = System.nanoTime();
    run(bridging, port, count, rate, "m");
    port.awaitAll(count, Duration.ofMinutes(3));
    double seconds = (System.nanoTime() - start) / 1e9;
    long heapAfter = memory.getHeapMemoryUsage().getUsed();

    List<Long> latencies = new ArrayList<>(port.latencies.values());
    Collections.sort(latencies);
    System.out.printf(
        Locale.ROOT,
        "%d messages over %d bridges at %d/s: delivered %d in %.1f s (%.0f messages/s);"
            + " added latency p50 %.2f ms, p99 %.2f ms, max %.2f ms; lost %d, duplicated %d,"
            + " out of order %d; heap %.0f MiB before, %.0f MiB after (not settled)%n",
        count,
        BRIDGES,
        rate,
        port.latencies.size(),
        seconds,
        port.latencies.size() / seconds,
        percentile(latencies, 0.5),
        percentile(latencies, 0.99),
        latencies.isEmpty() ? Double.NaN : latencies.get(latencies.size() - 1) / 1e6,
        count - port.latencies.size(),
        port.duplicates.get(),
        port.outOfOrder.get(),
        heapBefore / 1048576.0,
        heapAfter / 1048576.0);
    System.out.printf(Locale.ROOT, "heap settled after the run: %.0f MiB%n", settledHeap(memory) / 1048576.0);
    bridging.close();
  }

  private static void run(Bridging bridging, InstantPort port, int count, int rate, String prefix)
      throws InterruptedException {
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long wait = start + i * interval - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      int bridge = i % BRIDGES;
      String id = prefix + i;
      port.sent.put(id, System.nanoTime());
      bridging.received(
              ChannelMessage.posted(
                  ChannelRef.parse(source(bridge)),
                  id,
                  "load/" + id,
                  new RelayedMessage(
                      "Member " + bridge,
                      "Space " + bridge,
                      null,
                      new RichText(
                          List.of(new RichText.Paragraph(List.of(new RichText.Text(id))))),
                      null)));
    }
    if (prefix.equals("w")) {
      port.awaitAll(count, Duration.ofMinutes(1));
    }
  }

  private static String source(int bridge) {
    return "console:s" + bridge + "#general";
  }

  private static String target(int bridge) {
    return "console:t" + bridge + "#general";
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.isEmpty()
        ? Double.NaN
        : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }

  private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** A platform that takes every message at once and checks order per channel. */
  private static final class InstantPort implements Adapter, ChannelWriter {
    final Map<String, Long> sent = new ConcurrentHashMap<>();
    final Map<String, Long> latencies = new ConcurrentHashMap<>();
    final Map<String, Integer> lastSeen = new ConcurrentHashMap<>();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger outOfOrder = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public String platform() {
      return "console";
    }

    @Override
    public void start() {}

    @Override
    public void close() {}

    @Override
    public MessageRef sendDirect(MemberRef member, OutgoingMessage message, Delivery delivery) {
      throw new IllegalStateException("the load sends no direct message");
    }

    @Override
    public List<String> post(
        ChannelRef channel,
        RelayedMessage message,
        String replyTo,
        CopyDelivery delivery,
        Phrases notes,
        AttachmentSource files) {
      String channelId = channel.id();
      String id = message.text().plain();
      Long at = sent.get(id);
      if (latencies.putIfAbsent(id, System.nanoTime() - (at == null ? 0 : at)) != null) {
        duplicates.incrementAndGet();
      }
      int number = Integer.parseInt(id.substring(1));
      Integer previous = lastSeen.put(channelId, number);
      if (previous != null && previous > number && id.charAt(0) == 'm') {
        outOfOrder.incrementAndGet();
      }
      return List.of("x" + ids.incrementAndGet());
    }

    @Override
    public void edit(ChannelRef channel, List<String> messageIds, RelayedMessage message) {}

    @Override
    public void delete(ChannelRef channel, List<String> messageIds) {}

    @Override
    public void react(ChannelRef channel, String messageId, Emoji emoji) {}

    @Override
    public void unreact(ChannelRef channel, String messageId, Emoji emoji) {}

    void reset() {
      latencies.clear();
      lastSeen.clear();
      duplicates.set(0);
      outOfOrder.set(0);
    }

    void awaitAll(int count, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (latencies.size() < count && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
    }
  }
}
