package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.CLOCK;
import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index in a folder is reused at start where it still holds the posts as they are stored, and
 * brought up to date where it does not: a post changed, closed or added while the engine was away,
 * or since its last commit, when the process was killed.
 */
class IndexReuseTest {

  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();

  @TempDir Path folder;

  private final Post react = offer("p1", "amelie@paris", "React and TypeScript front-ends").build();
  private final Post video = offer("p2", "yossi@telaviv", "Promo video editing, Premiere").build();
  private final Post books = offer("p3", "chloe@paris", "Bookkeeping and VAT returns").build();

  @Test
  void aFolderIndexIsReusedAsItWasLeft() {
    try (MatchingEngine engine = inFolder(folder)) {
      MatchingEngine.Restored first = engine.restore(List.of(react, video, books));
      assertEquals(new MatchingEngine.Restored(0, 3, 0, first.builtAnew()), first);
      assertTrue(first.builtAnew().isPresent(), "no index at first");
    }

    try (MatchingEngine engine = inFolder(folder)) {
      MatchingEngine.Restored again = engine.restore(List.of(react, video, books));

      assertEquals(new MatchingEngine.Restored(3, 0, 0, Optional.empty()), again);
      assertEquals(List.of("p1"), ids(engine, "Need a React developer"));
    }
  }

  @Test
  void postsChangedClosedOrAddedWhileAwayAreBroughtUpToDate() {
    try (MatchingEngine engine = inFolder(folder)) {
      engine.restore(List.of(react, video, books));
    }
    Post videoNowBakery = video.toBuilder().text("Wedding cakes and pastry catering").build();
    Post seo = offer("p4", "noa@telaviv", "SEO audits and content").build();

    try (MatchingEngine engine = inFolder(folder)) {
      MatchingEngine.Restored restored = engine.restore(List.of(react, videoNowBakery, seo));

      assertEquals(new MatchingEngine.Restored(1, 2, 1, Optional.empty()), restored);
      assertEquals(List.of(), ids(engine, "Need bookkeeping for our VAT returns"), "closed");
      assertEquals(List.of("p2"), ids(engine, "Need pastry catering for a wedding"));
      assertEquals(List.of(), ids(engine, "Need promo video editing in Premiere"), "changed");
      assertEquals(List.of("p4"), ids(engine, "Need an SEO audit"));
    }
  }

  @Test
  void postsWrittenAfterTheLastCommitOfAKilledProcessAreWrittenAgain() throws IOException {
    Path onDisk = folder.resolve("as-killed");
    try (MatchingEngine engine = inFolder(folder.resolve("live"))) {
      engine.restore(List.of(react));
      engine.add(video);
      engine.remove("p1");
      // What the disk holds when the process is killed here: the commit made at start, and
      // whatever files Lucene had begun since, which no commit names.
      copyWithoutLock(folder.resolve("live"), onDisk);
    }

    try (MatchingEngine engine = inFolder(onDisk)) {
      MatchingEngine.Restored restored = engine.restore(List.of(video));

      assertEquals(new MatchingEngine.Restored(0, 1, 1, Optional.empty()), restored);
      assertEquals(List.of("p2"), ids(engine, "Need promo video editing in Premiere"));
      assertEquals(List.of(), ids(engine, "Need a React developer"));
    }
  }

  @Test
  void anIndexThatCannotBeReadIsBuiltAnew() throws IOException {
    try (MatchingEngine engine = inFolder(folder)) {
      engine.restore(List.of(react, video));
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file :
          files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.write(file, new byte[] {1, 2, 3});
      }
    }

    try (MatchingEngine engine = inFolder(folder)) {
      MatchingEngine.Restored restored = engine.restore(List.of(react, video));

      assertEquals(2, restored.written());
      assertTrue(
          restored.builtAnew().orElseThrow().contains("cannot be read"), restored.toString());
      assertEquals(List.of("p1"), ids(engine, "Need a React developer"));
    }
  }

  private static MatchingEngine inFolder(Path path) {
    return MatchingEngine.inFolder(path, TAXONOMY, CLOCK);
  }

  private static List<String> ids(MatchingEngine engine, String need) {
    return engine.match(demand("d1", "client@lyon", need).build(), 5).stream()
        .map(m -> m.post().id())
        .toList();
  }

  private static void copyWithoutLock(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals("write.lock")) {
          Files.copy(file, to.resolve(file.getFileName()));
        }
      }
    }
  }
}
