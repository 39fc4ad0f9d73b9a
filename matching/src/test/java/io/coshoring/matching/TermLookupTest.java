package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    TermLookup lookup = new TermLookup(searcher);
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
    TermLookup lookup = new TermLookup(searcher);
    Term absent = new Term("text", "plumbing");
    Term noSuchField = new Term("city", "paris");

    assertEquals(0, lookup.states(absent).docFreq());
    assertEquals(0, lookup.states(noSuchField).docFreq());
    assertEquals(0, searcher.count(new TermQuery(absent, lookup.states(absent))));
    assertEquals(0, searcher.count(new TermQuery(noSuchField, lookup.states(noSuchField))));
  }

  @Test
  void countsThePostsWithAField() {
    TermLookup lookup = new TermLookup(searcher);

    assertEquals(4, lookup.postsWith("skill"));
    assertEquals(0, lookup.postsWith("city"));
  }

  private static void add(IndexWriter writer, String skill, String text) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("skill", skill, Field.Store.NO));
    doc.add(new TextField("text", text, Field.Store.NO));
    writer.addDocument(doc);
  }
}
