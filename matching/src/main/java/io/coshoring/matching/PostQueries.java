package io.coshoring.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
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

  /**
   * A text term found in more than this share of the posts says little about any of them (BM25
   * gives it a low weight) but makes Lucene visit each of them; it is left out of the query.
   */
  private static final double COMMON_TERM_SHARE = 0.05;

  /**
   * A skill a family apart or related, found in more than this share of the posts, is left out of
   * the query: it only earns partial credit, and measured at a million posts such terms were most
   * of a match's time.
   */
  private static final double COMMON_CLOSE_SKILL_SHARE = 0.01;

  /** Below this many posts, every term is cheap, and frequencies are too noisy to judge by. */
  private static final int MIN_POSTS_TO_PRUNE = 2_000;

  /**
   * Without skills, the rarest terms a text keeps, however common they are, so that a text still
   * finds posts.
   */
  private static final int MIN_TERMS_WITHOUT_SKILLS = 3;

  /**
   * What a shared skill weighs against the text: about as much as a rare word in both analyzers.
   * Constant, so that posts sharing the same skills tie, and Lucene can stop early among them.
   */
  private static final float SKILL_WEIGHT = 8f;

  private final Analyzer analyzer = PostDocuments.analyzer();

  private final SkillTaxonomy taxonomy;
  private final MatchWeights weights;
  private final KnownTermStates known = new KnownTermStates();

  PostQueries(SkillTaxonomy taxonomy, MatchWeights weights) {
    this.taxonomy = taxonomy;
    this.weights = weights;
  }

  /**
   * What a post may never be matched with, whatever its relevance: its author's posts, expired
   * ones, and those it may not see or that may not see it: for a post kept inside its space, every
   * post outside it; for others, the posts kept inside another space.
   */
  Query excludedFor(IndexedPost indexed, Instant now) {
    Post post = indexed.post();
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(PostDocuments.AUTHOR, post.author())), Occur.SHOULD)
        .add(expiredAt(now), Occur.SHOULD)
        .add(
            post.visibility() == Visibility.SPACE
                ? outside(post.space())
                : keptInsideAnotherSpace(post.space()),
            Occur.SHOULD)
        .build();
  }

  /**
   * What makes a post of the opposite kind a candidate, scored: SHOULD clauses only, so that Lucene
   * can score them with its fastest disjunction when nothing is filtered (see {@link Excluding}).
   */
  Query relevanceFor(IndexedPost indexed, IndexSearcher searcher) {
    TermLookup lookup = new TermLookup(searcher, known);
    Post post = indexed.post();
    BooleanQuery.Builder relevance = new BooleanQuery.Builder();
    PostKind kind = post.kind().opposite();
    for (Need need : indexed.needs()) {
      addNeed(relevance, indexed, need, kind, lookup);
    }
    float suggestedWeight = (float) (SKILL_WEIGHT * weights.get(Weight.SKILL_SUGGESTED));
    for (Suggestion suggestion : indexed.suggested()) {
      addSkillAndFamily(relevance, indexed, suggestion.skill(), suggestedWeight, kind, lookup);
    }
    if (kind == PostKind.DEMAND) {
      // An offer finds the demands whose words suggest one of its skills, as they would find it.
      String suggested = PostDocuments.field(PostDocuments.SUGGESTED, kind);
      for (String skill : indexed.skills()) {
        relevance.add(
            constant(new TermQuery(new Term(suggested, skill)), suggestedWeight), Occur.SHOULD);
      }
    }
    addText(relevance, post.text(), indexed.skills().isEmpty(), List.of(kind), lookup);
    return relevance.build();
  }

  /**
   * The clauses that find posts by a need: those of its skill, or for a short form's meanings, the
   * best of theirs (a disjunction max), so that a post with two meanings of "PM" scores as one that
   * has one, as the scorer counts it.
   */
  private void addNeed(
      BooleanQuery.Builder relevance,
      IndexedPost query,
      Need need,
      PostKind kind,
      TermLookup lookup) {
    if (need.anyOf().size() == 1) {
      String skill = need.anyOf().iterator().next();
      addSkillAndFamily(relevance, query, skill, namedWeight(query, skill), kind, lookup);
      return;
    }
    List<Query> meanings = new ArrayList<>();
    for (String skill : new TreeSet<>(need.anyOf())) {
      BooleanQuery.Builder meaning = new BooleanQuery.Builder();
      addSkillAndFamily(meaning, query, skill, namedWeight(query, skill), kind, lookup);
      meanings.add(meaning.build());
    }
    relevance.add(new DisjunctionMaxQuery(meanings, 0), Occur.SHOULD);
  }

  /**
   * The clauses that find posts by one skill: the same skill, those a family apart either way, and
   * related ones, each weighed as the scorer credits it, so that the candidates are the posts it
   * ranks best. In a large index, a family found in more than 5% of the posts is left out, as
   * common words are: it says little, and would make a match visit much of the index. A skill
   * nothing is a kind of has no family to look up.
   */
  private void addSkillAndFamily(
      BooleanQuery.Builder relevance,
      IndexedPost query,
      String skill,
      float weight,
      PostKind kind,
      TermLookup lookup) {
    boolean queryIsDemand = query.post().kind() == PostKind.DEMAND;
    // Whichever side is more specific, the demand needing a family is credited "narrower".
    float narrower = (float) weights.get(Weight.SKILL_NARROWER) * weight;
    float broader = (float) weights.get(Weight.SKILL_BROADER) * weight;
    float related = (float) weights.get(Weight.SKILL_RELATED) * weight;
    String skills = PostDocuments.field(PostDocuments.SKILL, kind);
    relevance.add(constant(skill(kind, skill, lookup), weight), Occur.SHOULD);
    if (taxonomy.isFamily(skill)) {
      Term family = new Term(PostDocuments.field(PostDocuments.FAMILY, kind), skill);
      addUnlessCommon(relevance, family, skills, queryIsDemand ? narrower : broader, lookup);
    }
    for (String ancestor : taxonomy.ancestors(skill)) {
      addUnlessCommon(
          relevance,
          new Term(skills, ancestor),
          skills,
          queryIsDemand ? broader : narrower,
          lookup);
    }
    for (String close : taxonomy.related(skill)) {
      addUnlessCommon(relevance, new Term(skills, close), skills, related, lookup);
    }
  }

  /** What a skill the post names weighs: the work fully, its setting a little. */
  private float namedWeight(IndexedPost query, String skill) {
    return (float) (SKILL_WEIGHT * query.weightOf(skill, weights.get(Weight.SKILL_CONTEXT)));
  }

  /**
   * A close skill's clause, unless the skill is in so many of the posts that have {@code field}
   * that it says little.
   */
  private static void addUnlessCommon(
      BooleanQuery.Builder relevance, Term term, String field, float boost, TermLookup lookup) {
    TermStates states = lookup.states(term);
    int posts = lookup.postsWith(field);
    if (posts < MIN_POSTS_TO_PRUNE || states.docFreq() <= COMMON_CLOSE_SKILL_SHARE * posts) {
      relevance.add(constant(new TermQuery(term, states), boost), Occur.SHOULD);
    }
  }

  private static Query constant(Query query, float boost) {
    return new BoostQuery(new ConstantScoreQuery(query), boost);
  }

  /** A browse of the network: free text and skills score, the rest filters. */
  Query search(
      NetworkSearch search,
      Set<String> requiredSkills,
      Set<String> textSkills,
      Instant now,
      IndexSearcher searcher) {
    TermLookup lookup = new TermLookup(searcher, known);
    List<PostKind> kinds =
        search.kind() == null ? List.of(PostKind.values()) : List.of(search.kind());
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(openAt(now), Occur.FILTER);
    query.add(keptInsideAnotherSpace(search.viewerSpace()), Occur.MUST_NOT);
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
      BooleanQuery.Builder anyKind = new BooleanQuery.Builder();
      for (PostKind kind : kinds) {
        anyKind.add(skill(kind, skill, lookup), Occur.SHOULD);
      }
      query.add(anyKind.build(), Occur.FILTER);
    }
    if (search.text() != null && !search.text().isBlank()) {
      query.add(relevance(search.text(), textSkills, kinds, lookup), Occur.MUST);
    }
    return query.build();
  }

  private Query relevance(
      String text, Set<String> skills, List<PostKind> kinds, TermLookup lookup) {
    BooleanQuery.Builder relevance = new BooleanQuery.Builder();
    for (PostKind kind : kinds) {
      for (String skill : skills) {
        relevance.add(constant(skill(kind, skill, lookup), SKILL_WEIGHT), Occur.SHOULD);
      }
    }
    addText(relevance, text, skills.isEmpty(), kinds, lookup);
    // Only SHOULD clauses: at least one must match, and Lucene can skip what cannot reach the top.
    return relevance.build();
  }

  private void addText(
      BooleanQuery.Builder relevance,
      String text,
      boolean withoutSkills,
      List<PostKind> kinds,
      TermLookup lookup) {
    int keep = withoutSkills ? MIN_TERMS_WITHOUT_SKILLS : 0;
    for (PostKind kind : kinds) {
      for (String base : new String[] {PostDocuments.TEXT_EN, PostDocuments.TEXT_FR}) {
        String field = PostDocuments.field(base, kind);
        for (Query term : telling(field, terms(field, text), lookup, keep)) {
          relevance.add(term, Occur.SHOULD);
        }
      }
    }
  }

  private static Query skill(PostKind kind, String skill, TermLookup lookup) {
    Term term = new Term(PostDocuments.field(PostDocuments.SKILL, kind), skill);
    return new TermQuery(term, lookup.states(term));
  }

  /**
   * The terms worth querying: all of them in a small index, else the uncommon ones and, at least,
   * the {@code keep} rarest. Each term is looked up once, for its count and for the query.
   */
  private static List<Query> telling(String field, List<Term> terms, TermLookup lookup, int keep) {
    int posts = lookup.postsWith(field);
    List<TermCount> counted = new ArrayList<>(terms.size());
    for (Term term : terms) {
      TermStates states = lookup.states(term);
      if (posts < MIN_POSTS_TO_PRUNE || states.docFreq() > 0) {
        counted.add(new TermCount(term, states));
      }
    }
    if (posts >= MIN_POSTS_TO_PRUNE) {
      counted.sort(Comparator.comparingInt(TermCount::count));
    }
    List<Query> kept = new ArrayList<>(counted.size());
    for (TermCount term : counted) {
      if (posts < MIN_POSTS_TO_PRUNE
          || kept.size() < keep
          || term.count() <= COMMON_TERM_SHARE * posts) {
        kept.add(new TermQuery(term.term(), term.states()));
      }
    }
    return kept;
  }

  private record TermCount(Term term, TermStates states) {
    int count() {
      return states.docFreq();
    }
  }

  private List<Term> terms(String field, String text) {
    Set<Term> terms = new LinkedHashSet<>();
    try (TokenStream stream = analyzer.tokenStream(field, InclusiveWriting.base(text))) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken() && terms.size() < MAX_TERMS_PER_FIELD) {
        terms.add(new Term(field, term.toString()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze text", e);
    }
    return new ArrayList<>(terms);
  }

  // Points when most posts are open, doc values when the other clauses lead: Lucene picks.
  private static Query openAt(Instant now) {
    return LongField.newRangeQuery(PostDocuments.EXPIRES, now.getEpochSecond() + 1, Long.MAX_VALUE);
  }

  private static Query expiredAt(Instant now) {
    return LongField.newRangeQuery(PostDocuments.EXPIRES, Long.MIN_VALUE, now.getEpochSecond());
  }

  private static Query outside(String space) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.FILTER)
        .add(new TermQuery(new Term(PostDocuments.SPACE, space)), Occur.MUST_NOT)
        .build();
  }

  /**
   * Posts a space keeps to itself, seen from another space. Few posts are, so excluding them is
   * cheaper than requiring the many that are not.
   */
  private static Query keptInsideAnotherSpace(String space) {
    return new BooleanQuery.Builder()
        .add(
            new TermQuery(new Term(PostDocuments.VISIBILITY, Visibility.SPACE.name())),
            Occur.FILTER)
        .add(new TermQuery(new Term(PostDocuments.SPACE, space)), Occur.MUST_NOT)
        .build();
  }
}
