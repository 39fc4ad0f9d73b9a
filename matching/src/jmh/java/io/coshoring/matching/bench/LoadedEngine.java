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
    engine = MatchingEngine.inFolder(folder, TAXONOMY, Clock.fixed(SyntheticPosts.NOW, ZoneOffset.UTC));
    SyntheticPosts synthetic = new SyntheticPosts(42, TAXONOMY);
    for (int i = 0; i < posts; i++) {
      engine.add(synthetic.next("p" + i));
    }
    engine.awaitSearchable();
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
