package io.coshoring.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;

/**
 * Looks up the terms of one query in one view of the index, each once. Lucene's own lookup opens a
 * new reader of the terms dictionary for every term on every segment; a match looks up some fifty
 * terms, so it keeps one reader per segment and field and moves it from term to term, and reads
 * only what earlier matches did not find out already ({@link KnownTermStates}).
 */
final class TermLookup {

  private final IndexSearcher searcher;
  private final KnownTermStates known;
  private final IndexReaderContext top;
  private final Map<String, TermsEnum[]> readers = new HashMap<>();
  private final Map<Term, TermStates> found = new HashMap<>();

  TermLookup(IndexSearcher searcher, KnownTermStates known) {
    this.searcher = searcher;
    this.known = known;
    this.top = searcher.getTopReaderContext();
  }

  /** The term's state on each segment, with how many posts have it and how often. */
  TermStates states(Term term) {
    TermStates states = found.get(term);
    if (states == null) {
      states = lookUp(term);
      found.put(term, states);
    }
    return states;
  }

  /** How many posts have the field. */
  int postsWith(String field) {
    try {
      return searcher.getIndexReader().getDocCount(field);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the matching index", e);
    }
  }

  private TermStates lookUp(Term term) {
    try {
      TermStates states = new TermStates(top);
      List<LeafReaderContext> leaves = top.leaves();
      TermsEnum[] perLeaf =
          readers.computeIfAbsent(term.field(), f -> new TermsEnum[leaves.size()]);
      for (LeafReaderContext leaf : leaves) {
        Map<Term, KnownTermStates.Found> segment = known.of(leaf);
        KnownTermStates.Found found = segment.get(term);
        if (found == null) {
          found = seek(term, leaf, perLeaf);
          KnownTermStates.remember(segment, term, found);
        }
        if (found != KnownTermStates.ABSENT) {
          states.register(found.state(), leaf.ord, found.docFreq(), found.totalTermFreq());
        }
      }
      return states;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the matching index", e);
    }
  }

  private static KnownTermStates.Found seek(Term term, LeafReaderContext leaf, TermsEnum[] perLeaf)
      throws IOException {
    TermsEnum reader = perLeaf[leaf.ord];
    if (reader == null) {
      Terms terms = Terms.getTerms(leaf.reader(), term.field());
      reader = terms.iterator();
      perLeaf[leaf.ord] = reader;
    }
    if (!reader.seekExact(term.bytes())) {
      return KnownTermStates.ABSENT;
    }
    return new KnownTermStates.Found(reader.termState(), reader.docFreq(), reader.totalTermFreq());
  }
}
