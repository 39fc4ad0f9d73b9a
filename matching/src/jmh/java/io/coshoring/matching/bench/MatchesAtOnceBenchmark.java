package io.coshoring.matching.bench;

import io.coshoring.matching.Match;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Two matches always running at once, on the machine's two cores: what a busy instance sees, where
 * {@link MatchBenchmark} measures one match at a time. Throughput is two over the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(2)
public class MatchesAtOnceBenchmark {

  @Param({"1000000"})
  public int posts;

  private LoadedEngine loaded;
  private final AtomicInteger next = new AtomicInteger();

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
    int query = Math.floorMod(next.getAndIncrement(), loaded.queries.size());
    return loaded.engine.match(loaded.queries.get(query), 10);
  }
}
