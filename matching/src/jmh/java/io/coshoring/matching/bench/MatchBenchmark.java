package io.coshoring.matching.bench;

import io.coshoring.matching.Match;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Match latency, single thread, at several network sizes: the engine (Lucene candidates, then the
 * rerank) against the brute-force baseline that scores every open post with the same scorer.
 * SampleTime reports p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchBenchmark {

  @Param({"10000", "100000", "1000000"})
  public int posts;

  private LoadedEngine loaded;
  private int next;

  @Setup(Level.Trial)
  public void load() {
    loaded = new LoadedEngine(posts, 1_000);
  }

  @TearDown(Level.Trial)
  public void close() {
    loaded.close();
  }

  @Benchmark
  public List<Match> indexed() {
    return loaded.engine.match(loaded.queries.get(next++ % loaded.queries.size()), 10);
  }

  @Benchmark
  public List<Match> bruteForce() {
    return loaded.engine.matchByScanning(loaded.queries.get(next++ % loaded.queries.size()), 10);
  }
}
