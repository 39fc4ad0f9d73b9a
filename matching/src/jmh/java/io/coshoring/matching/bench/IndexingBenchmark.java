package io.coshoring.matching.bench;

import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.Post;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Indexing throughput: posts added per second, in batches of {@value #BATCH} into an engine that
 * already holds the previous batches. The posts are built before the measurement, as a caller
 * hands the engine built posts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IndexingBenchmark {

  static final int BATCH = 20_000;

  private LoadedEngine loaded;
  private SyntheticPosts synthetic;
  private List<Post> batch;
  private int batches;

  @Setup(Level.Trial)
  public void open() {
    loaded = new LoadedEngine(0, 0);
    synthetic = new SyntheticPosts(7, LoadedEngine.TAXONOMY);
  }

  @Setup(Level.Invocation)
  public void nextBatch() {
    batch = new java.util.ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(synthetic.next("b" + (batches * BATCH + i)));
    }
    batches++;
  }

  @TearDown(Level.Trial)
  public void close() {
    loaded.close();
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int add() {
    MatchingEngine engine = loaded.engine;
    for (Post post : batch) {
      engine.add(post);
    }
    return engine.size();
  }
}
