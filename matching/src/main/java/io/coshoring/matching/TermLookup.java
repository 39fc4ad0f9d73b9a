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
 * terms, so it keeps one reader per segment and field and moves it from term to term.
 */
final class TermLookup {

  private final IndexSearcher searcher;
  private final IndexReaderContext top;
  private final Map<String, TermsEnum[]> readers = new HashMap<>();
  private final Map<Term, TermStates> found = new HashMap<>();

  TermLookup(IndexSearcher searcher) {
    this.searcher = searcher;
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
        TermsEnum reader = perLeaf[leaf.ord];
        if (reader == null) {
          Terms terms = Terms.getTerms(leaf.reader(), term.field());
          reader = terms.iterator();
          perLeaf[leaf.ord] = reader;
        }
        if (reader.seekExact(term.bytes())) {
          states.register(reader.termState(), leaf.ord, reader.docFreq(), reader.totalTermFreq());
        }
      }
      return states;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the matching index", e);
    }
  }
}
