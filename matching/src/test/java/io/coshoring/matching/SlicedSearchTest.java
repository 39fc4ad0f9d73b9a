package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.NOW;
import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class SlicedSearchTest {

  private static final String[] SKILLS = {
    "React", "TypeScript", "video editing", "motion design", "bookkeeping", "translation FR/EN",
    "UX research", "Figma", "Python", "data analysis", "copywriting", "SEO"
  };

  @Test
  void spreadsSegmentsOverSlicesOfNearlyEqualSize() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      IndexWriterConfig config =
          new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int segment : new int[] {3, 5, 1, 4, 2}) {
          for (int i = 0; i < segment; i++) {
            writer.addDocument(new Document());
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher.LeafSlice[] slices = SlicedSearch.balanced(reader.leaves(), 2);

        assertEquals(
            List.of(8, 7),
            Arrays.stream(slices)
                .map(slice -> Arrays.stream(slice.leaves).mapToInt(l -> l.reader().maxDoc()).sum())
                .sorted((a, b) -> b - a)
                .toList());
      }
    }
  }

  @Test
  void searchesASmallIndexUnsplit() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        SlicedSearch search = new SlicedSearch(2, 10)) {
      try (IndexWriter writer =
          new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
        for (int i = 0; i < 19; i++) {
          writer.addDocument(new Document());
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher shared = new IndexSearcher(reader);
        assertSame(shared, search.split(shared));
      }
    }
  }

  @Test
  void aSlicedIndexFindsTheSameCandidatesInTheSameOrderAsOneThread() throws IOException {
    SkillTaxonomy taxonomy = SkillTaxonomy.standard();
    SkillExtractor extractor = new SkillExtractor(taxonomy);
    PostQueries queries = new PostQueries(taxonomy, MatchWeights.standard());
    List<IndexedPost> offers = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 600; i++) {
      offers.add(
          extractor.read(
              offer("o" + i, "author" + (i % 40) + "@space" + (i % 5), offerText(random)).build()));
    }
    ByteBuffersDirectory slicedFolder = new ByteBuffersDirectory();
    try (SlicedSearch twoSlices = new SlicedSearch(2, 50);
        PostIndex oneThread = new PostIndex(new ByteBuffersDirectory(), new SlicedSearch(1, 1));
        PostIndex sliced = new PostIndex(slicedFolder, twoSlices)) {
      for (PostIndex index : List.of(oneThread, sliced)) {
        for (int i = 0; i < offers.size(); i++) {
          index.add(offers.get(i));
          if (i % 100 == 99) {
            // Each commit closes a segment: six segments, spread over two slices.
            index.commit();
          }
        }
        index.awaitSearchable();
      }
      try (DirectoryReader committed = DirectoryReader.open(slicedFolder)) {
        assertEquals(2, twoSlices.split(new IndexSearcher(committed)).getSlices().length);
      }

      for (int i = 0; i < 60; i++) {
        IndexedPost query =
            extractor.read(demand("d" + i, "member@space" + (i % 5), demandText(random)).build());
        List<PostIndex.Hit> expected =
            oneThread.top(s -> queries.relevanceFor(query, s), queries.excludedFor(query, NOW), 30);
        List<PostIndex.Hit> found =
            sliced.top(s -> queries.relevanceFor(query, s), queries.excludedFor(query, NOW), 30);
        assertFalse(expected.isEmpty(), query.post().text());
        assertEquals(expected, found, query.post().text());
      }
    }
  }

  @Test
  void splitsOnlyASearchThatFindsNoOtherRunning() throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        SlicedSearch search = new SlicedSearch(2, 10)) {
      IndexWriterConfig config =
          new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int segment = 0; segment < 2; segment++) {
          for (int i = 0; i < 20; i++) {
            writer.addDocument(new Document());
          }
          writer.commit();
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        IndexSearcher shared = new IndexSearcher(reader);
        List<IndexSearcher> used = new ArrayList<>();
        search.run(
            shared,
            first -> {
              used.add(first);
              return search.run(shared, second -> used.add(second));
            });
        search.run(shared, third -> used.add(third));

        assertEquals(2, used.get(0).getSlices().length);
        assertSame(shared, used.get(1));
        assertEquals(2, used.get(2).getSlices().length);
      }
    }
  }

  private static String offerText(Random random) {
    return "I do " + skill(random) + " and " + skill(random) + ", also " + skill(random);
  }

  private static String demandText(Random random) {
    return "Looking for " + skill(random) + " with " + skill(random);
  }

  private static String skill(Random random) {
    return SKILLS[random.nextInt(SKILLS.length)];
  }
}
