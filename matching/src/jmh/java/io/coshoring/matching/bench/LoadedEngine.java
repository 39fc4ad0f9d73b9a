package io.coshoring.matching.bench;

import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.Post;
import io.coshoring.matching.SkillTaxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** An engine with its index in a temporary folder, loaded with synthetic open posts. */
final class LoadedEngine implements AutoCloseable {

  static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  final MatchingEngine engine;
  final List<Post> queries;
  private final Path folder;

  LoadedEngine(int posts, int queryCount) {
    try {
      folder = Files.createTempDirectory("coshoring-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Clock clock = Clock.fixed(SyntheticPosts.NOW, ZoneOffset.UTC);
    SyntheticPosts synthetic = new SyntheticPosts(42, TAXONOMY);
    List<Post> open = new ArrayList<>(posts);
    try (MatchingEngine adding = MatchingEngine.inFolder(folder, TAXONOMY, clock)) {
      for (int i = 0; i < posts; i++) {
        Post post = synthetic.next("p" + i);
        open.add(post);
        adding.add(post);
      }
    }
    // Closing waits for the merges a million additions set off, which would otherwise share the
    // two cores with the first seconds measured: the engine is measured as an instance finds its
    // folder at start.
    engine = MatchingEngine.inFolder(folder, TAXONOMY, clock);
    engine.restore(open);
    queries = synthetic.queries(queryCount);
  }

  @Override
  public void close() {
    engine.close();
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
