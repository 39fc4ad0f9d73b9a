package io.coshoring.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;

/**
 * Heap used by the engine with a number of open posts, after full collections: run with
 * {@code -Xmx1536m} to prove a million posts fit in 1.5 GiB. The index itself is memory-mapped,
 * off the heap.
 */
public final class HeapFootprint {

  private HeapFootprint() {}

  public static void main(String[] args) throws InterruptedException {
    int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = settledHeap(memory);
    long start = System.nanoTime();
    try (LoadedEngine loaded = new LoadedEngine(posts, 0)) {
      double seconds = (System.nanoTime() - start) / 1e9;
      long after = settledHeap(memory);
      System.out.printf(
          Locale.ROOT,
          "%d posts loaded in %.1f s (%.0f posts/s, post generation included); heap used %.0f MiB"
              + " (%.0f bytes a post), of a maximum of %.0f MiB%n",
          loaded.engine.size(), seconds, posts / seconds, (after - before) / 1048576.0,
          (after - before) / (double) posts, memory.getHeapMemoryUsage().getMax() / 1048576.0);
    }
  }

  private static long settledHeap(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
