package io.coshoring.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene queries: text terms and skill ids as scoring clauses, the hard filters as
 * non-scoring ones. Queries are built from analyzed terms, never parsed, so no member's text can
 * break Lucene's query syntax.
 */
final class PostQueries {

  /** Terms past this many add little to a match and slow it down. */
  private static final int MAX_TERMS_PER_FIELD = 48;

  private static final float SKILL_BOOST = 3f;

  private final Analyzer analyzer = PostDocuments.analyzer();

  /** Posts of the opposite kind, by someone else, open now, and visible both ways. */
  Query candidatesFor(Post post, Set<String> skills, Instant now) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(
        new TermQuery(new Term(PostDocuments.KIND, post.kind().opposite().name())), Occur.FILTER);
    query.add(new TermQuery(new Term(PostDocuments.AUTHOR, post.author())), Occur.MUST_NOT);
    query.add(openAt(now), Occur.FILTER);
    query.add(visibleFrom(post), Occur.FILTER);
    query.add(relevance(post.text(), skills), Occur.MUST);
    return query.build();
  }

  /** A browse of the network: free text and skills score, the rest filters. */
  Query search(
      NetworkSearch search, Set<String> requiredSkills, Set<String> textSkills, Instant now) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(openAt(now), Occur.FILTER);
    query.add(visibleTo(search.viewerSpace()), Occur.FILTER);
    if (search.kind() != null) {
      query.add(new TermQuery(new Term(PostDocuments.KIND, search.kind().name())), Occur.FILTER);
    }
    if (search.city() != null) {
      query.add(
          new TermQuery(new Term(PostDocuments.CITY, PostDocuments.city(search.city()))),
          Occur.FILTER);
    }
    if (search.remoteOnly()) {
      query.add(new TermQuery(new Term(PostDocuments.REMOTE, "true")), Occur.FILTER);
    }
    if (search.language() != null) {
      query.add(new TermQuery(new Term(PostDocuments.LANGUAGE, search.language())), Occur.FILTER);
    }
    for (String skill : requiredSkills) {
      query.add(new TermQuery(new Term(PostDocuments.SKILL, skill)), Occur.FILTER);
    }
    if (search.text() != null && !search.text().isBlank()) {
      query.add(relevance(search.text(), textSkills), Occur.MUST);
    }
    return query.build();
  }

  private Query relevance(String text, Set<String> skills) {
    BooleanQuery.Builder relevance = new BooleanQuery.Builder();
    for (String skill : skills) {
      relevance.add(
          new BoostQuery(new TermQuery(new Term(PostDocuments.SKILL, skill)), SKILL_BOOST),
          Occur.SHOULD);
    }
    for (String field : new String[] {PostDocuments.TEXT_EN, PostDocuments.TEXT_FR}) {
      for (String term : terms(field, text)) {
        relevance.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
      }
    }
    relevance.setMinimumNumberShouldMatch(1);
    return relevance.build();
  }

  private Set<String> terms(String field, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_TERMS_PER_FIELD) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text", e);
    }
    return terms;
  }

  private static Query openAt(Instant now) {
    return LongPoint.newRangeQuery(PostDocuments.EXPIRES, now.getEpochSecond() + 1, Long.MAX_VALUE);
  }

  /** Candidates the post's author may see, and that may see the post. */
  private static Query visibleFrom(Post post) {
    if (post.visibility() == Visibility.SPACE) {
      return new TermQuery(new Term(PostDocuments.SPACE, post.space()));
    }
    return visibleTo(post.space());
  }

  private static Query visibleTo(String space) {
    return new BooleanQuery.Builder()
        .add(
            new TermQuery(new Term(PostDocuments.VISIBILITY, Visibility.NETWORK.name())),
            Occur.SHOULD)
        .add(new TermQuery(new Term(PostDocuments.SPACE, space)), Occur.SHOULD)
        .setMinimumNumberShouldMatch(1)
        .build();
  }
}
