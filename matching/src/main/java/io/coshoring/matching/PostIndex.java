package io.coshoring.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene side of the engine: writes posts, and finds candidate post ids for a query. A
 * background thread reopens the searcher at least every {@value #MAX_STALE_SECONDS} s, so a post
 * written is searchable within a second.
 *
 * <p>What a folder held is opened again when its last commit has this layout ({@link
 * PostDocuments#LAYOUT}), and built anew otherwise, or when it cannot be read. Lucene commits are
 * atomic: a process killed between two finds the earlier one whole, and the engine brings it up to
 * date with the posts stored ({@link MatchingEngine#restore}).
 */
final class PostIndex implements AutoCloseable {

  private static final double MAX_STALE_SECONDS = 0.5;
  private static final double MIN_STALE_SECONDS = 0.01;

  private final Directory directory;
  private final IndexWriter writer;
  private final SlicedSearch slicedSearch;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final AtomicLong lastWrite = new AtomicLong();
  private static final String LAYOUT_KEY = "coshoring.layout";

  /** Why the folder's index was not reused, or null when it was. */
  private final String builtAnew;

  PostIndex(Directory directory) {
    this(directory, SlicedSearch.perCore());
  }

  PostIndex(Directory directory, SlicedSearch slicedSearch) {
    try {
      this.directory = directory;
      String why = whyNotReusable(directory);
      IndexWriter opened = null;
      if (why == null) {
        try {
          opened = openWriter(directory, true);
        } catch (IOException | RuntimeException e) {
          why = "the index cannot be opened: " + e;
        }
      }
      this.builtAnew = why;
      this.writer = opened != null ? opened : openWriter(directory, false);
      this.slicedSearch = slicedSearch;
      this.searchers = new SearcherManager(writer, null);
      this.reopener =
          new ControlledRealTimeReopenThread<>(
              writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
      reopener.setName("coshoring-index-reopen");
      reopener.setDaemon(true);
      reopener.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the matching index", e);
    }
  }

  private static IndexWriter openWriter(Directory directory, boolean reuse) throws IOException {
    if (!reuse) {
      // Lucene reads a directory's last commit even to write a new index over it: clear the way.
      for (String file : directory.listAll()) {
        directory.deleteFile(file);
      }
    }
    IndexWriterConfig config = new IndexWriterConfig(PostDocuments.analyzer());
    config.setOpenMode(
        reuse ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    // Newest first: among candidates that tie on skills, Lucene keeps the earliest documents,
    // and those should be the freshest posts.
    config.setIndexSort(new Sort(new SortField(PostDocuments.CREATED, SortField.Type.LONG, true)));
    return new IndexWriter(directory, config);
  }

  /** Null when the directory's last commit can be read and has this layout; else why not. */
  private static String whyNotReusable(Directory directory) {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return "there was no index";
      }
      Map<String, String> committed = SegmentInfos.readLatestCommit(directory).getUserData();
      return PostDocuments.LAYOUT.equals(committed.get(LAYOUT_KEY))
          ? null
          : "the index has another layout (" + committed.get(LAYOUT_KEY) + ")";
    } catch (IOException | RuntimeException e) {
      return "the index cannot be read: " + e;
    }
  }

  /** Why the folder's index was built anew rather than reused, if it was. */
  Optional<String> builtAnew() {
    return Optional.ofNullable(builtAnew);
  }

  /**
   * The fingerprint of every post the index holds, by id: what the last commit held, and what was
   * written since.
   */
  Map<String, BytesRef> fingerprints() {
    Map<String, BytesRef> held = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        BinaryDocValues ids = leaf.reader().getBinaryDocValues(PostDocuments.ID);
        BinaryDocValues prints = leaf.reader().getBinaryDocValues(PostDocuments.FINGERPRINT);
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if ((live == null || live.get(doc))
              && ids != null
              && ids.advanceExact(doc)
              && prints != null
              && prints.advanceExact(doc)) {
            held.put(ids.binaryValue().utf8ToString(), BytesRef.deepCopyOf(prints.binaryValue()));
          }
        }
      }
      return held;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the matching index", e);
    }
  }

  /** Writes a post the index does not hold: no older document of it to replace. */
  void add(IndexedPost post) {
    try {
      written(writer.addDocument(PostDocuments.of(post)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index post " + post.post().id(), e);
    }
  }

  /** Makes what was written so far what the folder holds, should the process stop at any time. */
  void commit() {
    try {
      writer.setLiveCommitData(Map.of(LAYOUT_KEY, PostDocuments.LAYOUT).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the matching index", e);
    }
  }

  /** Writes or replaces the post. */
  void put(IndexedPost post) {
    try {
      written(
          writer.updateDocument(
              new Term(PostDocuments.ID, post.post().id()), PostDocuments.of(post)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index post " + post.post().id(), e);
    }
  }

  void delete(String id) {
    try {
      written(writer.deleteDocuments(new Term(PostDocuments.ID, id)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove post " + id + " from the index", e);
    }
  }

  private void written(long generation) {
    lastWrite.accumulateAndGet(generation, Math::max);
  }

  /** Blocks until everything written so far is searchable. */
  void awaitSearchable() {
    try {
      reopener.waitForGeneration(lastWrite.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The best {@code n} post ids for the query, best first, with Lucene's scores. The query is built
   * against the searcher it runs on, so that it can weigh its terms by how common they are.
   */
  List<Hit> top(Function<IndexSearcher, Query> query, int n) {
    return search(searcher -> searcher.search(query.apply(searcher), n));
  }

  /**
   * The best {@code n} post ids for the query, best first, but none that {@code excluded} matches:
   * for a query of SHOULD clauses alone, which Lucene scores fastest when it has no filter.
   */
  List<Hit> top(Function<IndexSearcher, Query> query, Query excluded, int n) {
    return search(
        searcher -> {
          Query kept = query.apply(searcher);
          Weight skip =
              searcher.createWeight(searcher.rewrite(excluded), ScoreMode.COMPLETE_NO_SCORES, 1);
          return searcher.search(kept, new Excluding(n, skip));
        });
  }

  /** The first {@code n} post ids matching the query in the given order. */
  List<Hit> sorted(Function<IndexSearcher, Query> query, int n, Sort sort) {
    return search(searcher -> searcher.search(query.apply(searcher), n, sort));
  }

  private List<Hit> search(SlicedSearch.Search<TopDocs> searching) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = slicedSearch.run(searcher, searching);
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
          LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(scoreDoc.doc, leaves));
          BinaryDocValues ids = leaf.reader().getBinaryDocValues(PostDocuments.ID);
          if (ids != null && ids.advanceExact(scoreDoc.doc - leaf.docBase)) {
            hits.add(new Hit(ids.binaryValue().utf8ToString(), scoreDoc.score));
          }
        }
        return hits;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the matching index", e);
    }
  }

  @Override
  public void close() {
    try {
      if (!writer.isOpen()) {
        return;
      }
      reopener.close();
      searchers.close();
      slicedSearch.close();
      commit();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the matching index", e);
    }
  }

  record Hit(String id, float score) {}
}
