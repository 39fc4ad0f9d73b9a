package io.coshoring.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.util.BytesRef;

/**
 * Where the terms that matches look up were found on each segment, kept while the segment lives.
 * Matches look up the same terms again and again (skill ids, the words of common skills), and a
 * segment's terms never change: only its deletions do, which Lucene's counts ignore as well. So a
 * term is read from a segment's terms dictionary once, not once per match; measured at a million
 * posts, those reads were a quarter of a match's time on its calling thread.
 */
final class KnownTermStates {

  /**
   * A segment keeps at most this many terms (a few megabytes); past it, it starts again, so that
   * the words of many different posts cannot grow it without end.
   */
  private static final int MAX_TERMS_PER_SEGMENT = 10_000;

  /**
   * A term the segment does not have: remembered too, as most terms are absent from a small one.
   */
  static final Found ABSENT = new Found(null, 0, 0);

  private final Map<IndexReader.CacheKey, Map<Term, Found>> segments = new ConcurrentHashMap<>();

  /**
   * What is known of the segment's terms; a map that keeps nothing for a segment Lucene cannot tell
   * apart from others.
   */
  Map<Term, Found> of(LeafReaderContext leaf) {
    IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
    if (segment == null) {
      return new ConcurrentHashMap<>();
    }
    return segments.computeIfAbsent(
        segment.getKey(),
        key -> {
          // A merged-away segment's terms are dropped with it.
          segment.addClosedListener(segments::remove);
          return new ConcurrentHashMap<>();
        });
  }

  /** Remembers where {@code term} was found, or {@link #ABSENT}. */
  static void remember(Map<Term, Found> known, Term term, Found found) {
    if (known.size() >= MAX_TERMS_PER_SEGMENT) {
      known.clear();
    }
    known.put(new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), found);
  }

  /** How many segments have terms kept: those of the searchers still open. */
  int segmentsKept() {
    return segments.size();
  }

  /**
   * A term's place in one segment's postings and its counts there; shared by the matches that look
   * it up, which only read it.
   */
  record Found(TermState state, int docFreq, long totalTermFreq) {}
}
