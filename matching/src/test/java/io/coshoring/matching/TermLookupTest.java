package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TermLookupTest {

  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private DirectoryReader reader;
  private IndexSearcher searcher;

  @BeforeEach
  void indexThreeSegments() throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      add(writer, "video", "video editing and video subtitles");
      writer.commit();
      add(writer, "video", "promo video");
      add(writer, "react", "react front end");
      writer.commit();
      add(writer, "accounting", "bookkeeping for small teams");
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterEach
  void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void findsWhatLuceneFindsOnEverySegment() throws IOException {
    assertEquals(3, reader.leaves().size());
    TermLookup lookup = new TermLookup(searcher, new KnownTermStates());
    for (Term term :
        new Term[] {
          new Term("text", "video"),
          new Term("skill", "video"),
          new Term("text", "react"),
          new Term("skill", "accounting"),
          new Term("text", "bookkeeping")
        }) {
      TermStates expected = TermStates.build(searcher, term, true);
      TermStates found = lookup.states(term);
      assertEquals(expected.docFreq(), found.docFreq(), term.toString());
      assertEquals(expected.totalTermFreq(), found.totalTermFreq(), term.toString());
      assertEquals(
          searcher.count(new TermQuery(term)),
          searcher.count(new TermQuery(term, found)),
          term.toString());
    }
  }

  @Test
  void aTermOrFieldNowhereFindsNothing() throws IOException {
    TermLookup lookup = new TermLookup(searcher, new KnownTermStates());
    Term absent = new Term("text", "plumbing");
    Term noSuchField = new Term("city", "paris");

    assertEquals(0, lookup.states(absent).docFreq());
    assertEquals(0, lookup.states(noSuchField).docFreq());
    assertEquals(0, searcher.count(new TermQuery(absent, lookup.states(absent))));
    assertEquals(0, searcher.count(new TermQuery(noSuchField, lookup.states(noSuchField))));
  }

  @Test
  void countsThePostsWithAField() {
    TermLookup lookup = new TermLookup(searcher, new KnownTermStates());

    assertEquals(4, lookup.postsWith("skill"));
    assertEquals(0, lookup.postsWith("city"));
  }

  @Test
  void whatEarlierMatchesFoundServesANewerViewOfTheIndex() throws IOException {
    KnownTermStates known = new KnownTermStates();
    Term video = new Term("text", "video");
    Term react = new Term("skill", "react");
    try (ByteBuffersDirectory growing = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(
                growing,
                new IndexWriterConfig(new StandardAnalyzer())
                    .setMergePolicy(NoMergePolicy.INSTANCE))) {
      add(writer, "video", "video editing");
      add(writer, "react", "react front end");
      try (DirectoryReader before = DirectoryReader.open(writer)) {
        IndexSearcher first = new IndexSearcher(before);
        assertEquals(1, new TermLookup(first, known).states(video).docFreq());
        assertEquals(1, new TermLookup(first, known).states(react).docFreq());
      }
      writer.deleteDocuments(new Term("skill", "video"));
      add(writer, "video", "promo video");
      add(writer, "react", "react native app");
      try (DirectoryReader after = DirectoryReader.open(writer)) {
        assertEquals(2, after.leaves().size());
        IndexSearcher second = new IndexSearcher(after);
        TermLookup lookup = new TermLookup(second, known);
        for (Term term : new Term[] {video, react}) {
          TermStates found = lookup.states(term);
          // Lucene counts a segment's deleted posts too, until a merge drops them.
          assertEquals(TermStates.build(second, term, true).docFreq(), found.docFreq());
          assertEquals(second.count(new TermQuery(term)), second.count(new TermQuery(term, found)));
        }
        for (var leaf : after.leaves()) {
          assertTrue(known.of(leaf).containsKey(video), "kept for segment " + leaf.ord);
        }
      }
    }
  }

  @Test
  void forgetsTheSegmentsThatMergesRemove() throws IOException {
    KnownTermStates known = new KnownTermStates();
    Term video = new Term("text", "video");
    try (ByteBuffersDirectory merging = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(merging, new IndexWriterConfig())) {
      add(writer, "video", "video editing");
      writer.commit();
      add(writer, "video", "promo video");
      writer.commit();
      try (DirectoryReader split = DirectoryReader.open(writer)) {
        new TermLookup(new IndexSearcher(split), known).states(video);
        assertEquals(2, known.segmentsKept());
        writer.forceMerge(1);
      }
      try (DirectoryReader merged = DirectoryReader.open(writer)) {
        assertEquals(2, new TermLookup(new IndexSearcher(merged), known).states(video).docFreq());
        assertEquals(1, known.segmentsKept());
      }
    }
  }

  private static void add(IndexWriter writer, String skill, String text) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("skill", skill, Field.Store.NO));
    doc.add(new TextField("text", text, Field.Store.NO));
    writer.addDocument(doc);
  }
}
