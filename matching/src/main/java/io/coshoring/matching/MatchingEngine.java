package io.coshoring.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Matches offers with demands across the network. Lucene finds candidates by text (BM25, English
 * and French) and skills; {@link MatchScorer} reranks them on what people weigh, and explains.
 *
 * <p>Safe for concurrent readers and writers. The caller's store is the truth: at start, {@link
 * #restore} hands the engine every open post, and a folder's index is brought up to date with them,
 * reusing each document that is still the post's.
 */
public final class MatchingEngine implements AutoCloseable {

  public static final int MAX_RESULTS = 100;

  /** How many candidates Lucene hands to the rerank, at the least. */
  private static final int MIN_CANDIDATES = 50;

  private static final int LOCK_STRIPES = 64;

  private final Clock clock;
  private final SkillExtractor extractor;
  private final SkillTaxonomy taxonomy;
  private final MatchScorer scorer;
  private final PostQueries queries;
  private final PostIndex index;
  private final Map<String, IndexedPost> posts = new ConcurrentHashMap<>();
  private final ReentrantLock[] locks = new ReentrantLock[LOCK_STRIPES];

  private MatchingEngine(
      PostIndex index,
      SkillTaxonomy taxonomy,
      ExchangeRates rates,
      Clock clock,
      MatchWeights weights) {
    this.index = index;
    this.taxonomy = taxonomy;
    this.extractor = new SkillExtractor(taxonomy);
    this.scorer = new MatchScorer(taxonomy, weights, new PriceFit(rates, weights));
    this.queries = new PostQueries(taxonomy, weights);
    this.clock = clock;
    for (int i = 0; i < LOCK_STRIPES; i++) {
      locks[i] = new ReentrantLock();
    }
  }

  /** An engine whose index lives on the heap, with the shipped exchange rates. */
  public static MatchingEngine inMemory(SkillTaxonomy taxonomy, Clock clock) {
    return inMemory(taxonomy, ExchangeRates.standard(), clock);
  }

  /** An engine whose index lives on the heap: for tests and small networks. */
  public static MatchingEngine inMemory(SkillTaxonomy taxonomy, ExchangeRates rates, Clock clock) {
    return new MatchingEngine(
        new PostIndex(new ByteBuffersDirectory()), taxonomy, rates, clock, MatchWeights.standard());
  }

  /** An engine on the heap that weighs pairs with {@code weights}: for the tuning command. */
  static MatchingEngine inMemory(SkillTaxonomy taxonomy, Clock clock, MatchWeights weights) {
    return new MatchingEngine(
        new PostIndex(new ByteBuffersDirectory()),
        taxonomy,
        ExchangeRates.standard(),
        clock,
        weights);
  }

  /** An engine whose index lives in {@code folder}, with the shipped exchange rates. */
  public static MatchingEngine inFolder(Path folder, SkillTaxonomy taxonomy, Clock clock) {
    return inFolder(folder, taxonomy, ExchangeRates.standard(), clock);
  }

  /**
   * An engine whose index lives in {@code folder}, memory-mapped; what the folder holds is reused
   * by {@link #restore} where it is intact.
   */
  public static MatchingEngine inFolder(
      Path folder, SkillTaxonomy taxonomy, ExchangeRates rates, Clock clock) {
    try {
      return new MatchingEngine(
          new PostIndex(FSDirectory.open(folder)), taxonomy, rates, clock, MatchWeights.standard());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the matching index in " + folder, e);
    }
  }

  /**
   * Takes the open posts at start, into an engine that has none yet: a post the folder's index
   * holds as it is now is taken as it is, others are written, and what the index holds of no open
   * post is removed. All are matchable when it returns, and the index is committed.
   */
  public Restored restore(Collection<Post> open) {
    if (!posts.isEmpty()) {
      throw new IllegalStateException("restore takes the posts of an engine that has none");
    }
    Map<String, BytesRef> held = index.fingerprints();
    int reused = 0;
    int written = 0;
    for (Post post : open) {
      IndexedPost indexed = indexed(post);
      if (posts.putIfAbsent(post.id(), indexed) != null) {
        throw new IllegalArgumentException("post " + post.id() + " is given twice");
      }
      BytesRef had = held.remove(post.id());
      if (had == null) {
        index.add(indexed);
        written++;
      } else if (!had.bytesEquals(new BytesRef(PostDocuments.fingerprint(indexed)))) {
        index.put(indexed);
        written++;
      } else {
        reused++;
      }
    }
    held.keySet().forEach(index::delete);
    index.commit();
    index.awaitSearchable();
    return new Restored(reused, written, held.size(), index.builtAnew());
  }

  /**
   * What {@link #restore} found: documents reused, written, and removed as no open post's; and why
   * the index was built anew, when it was.
   */
  public record Restored(int reused, int written, int removed, Optional<String> builtAnew) {}

  /** Adds a new post; it is matchable within a second. */
  public void add(Post post) {
    write(
        post.id(),
        () -> {
          if (posts.containsKey(post.id())) {
            throw new IllegalArgumentException(
                "post " + post.id() + " is already in the engine; use update");
          }
          store(post);
        });
  }

  /** Replaces a post the engine has, for an edit or a renewal. */
  public void update(Post post) {
    write(
        post.id(),
        () -> {
          if (!posts.containsKey(post.id())) {
            throw new IllegalArgumentException(
                "post " + post.id() + " is not in the engine; use add");
          }
          store(post);
        });
  }

  /** Removes a post, closed or deleted; returns whether the engine had it. */
  public boolean remove(String id) {
    boolean[] removed = new boolean[1];
    write(
        id,
        () -> {
          removed[0] = posts.remove(id) != null;
          index.delete(id);
        });
    return removed[0];
  }

  public Optional<Post> get(String id) {
    IndexedPost indexed = posts.get(id);
    return indexed == null ? Optional.empty() : Optional.of(indexed.post());
  }

  /** The skills the engine reads posts with, for suggesting them as members type. */
  public SkillTaxonomy taxonomy() {
    return taxonomy;
  }

  public int size() {
    return posts.size();
  }

  /** The skill ids and raw tags the engine finds in a post. */
  public Set<String> skillsOf(Post post) {
    return extractor.skillsOf(post);
  }

  /**
   * The best {@code k} posts of the opposite kind for {@code post}, best first. The post need not
   * be in the engine. Expired posts, the author's own, and posts either side may not see are never
   * proposed.
   */
  public List<Match> match(Post post, int k) {
    checkLimit(k);
    Instant now = clock.instant();
    IndexedPost query = extractor.read(post);
    List<PostIndex.Hit> hits =
        index.top(
            searcher -> queries.relevanceFor(query, searcher),
            queries.excludedFor(query, now),
            Math.max(MIN_CANDIDATES, 10 * k));
    float best = hits.isEmpty() ? 1 : hits.get(0).score();
    TopRanked top = new TopRanked(k);
    for (PostIndex.Hit hit : hits) {
      IndexedPost candidate = posts.get(hit.id());
      if (candidate != null && canMeet(post, candidate.post(), now)) {
        double relevance = hit.score() / best;
        top.offer(candidate, relevance, scorer.rank(query, candidate, relevance, now));
      }
    }
    return top.explained(query, scorer, now);
  }

  /**
   * Scores every open post with the same scorer, without the index. For measuring, and for checking
   * that the index loses no good match; its text relevance is taken as 0, which makes it cheaper,
   * not dearer, than the real thing.
   */
  public List<Match> matchByScanning(Post post, int k) {
    checkLimit(k);
    Instant now = clock.instant();
    IndexedPost query = extractor.read(post);
    TopRanked top = new TopRanked(k);
    for (IndexedPost candidate : posts.values()) {
      if (candidate.post().kind() == post.kind().opposite()
          && canMeet(post, candidate.post(), now)) {
        top.offer(candidate, 0, scorer.rank(query, candidate, 0, now));
      }
    }
    return top.explained(query, scorer, now);
  }

  /** Open posts visible from the search's space: by relevance with text, else newest first. */
  public List<Post> search(NetworkSearch search, int k) {
    checkLimit(k);
    Set<String> required = new LinkedHashSet<>();
    for (String skill : search.skills()) {
      required.add(
          taxonomy
              .resolve(skill)
              .map(Skill::id)
              .orElse("#" + Folding.compact(Folding.foldPhrase(skill))));
    }
    Set<String> textSkills = search.text() == null ? Set.of() : extractor.fromText(search.text());
    Instant now = clock.instant();
    Function<IndexSearcher, Query> query =
        searcher -> queries.search(search, required, textSkills, now, searcher);
    List<PostIndex.Hit> hits =
        search.text() == null || search.text().isBlank()
            ? index.sorted(
                query, k, new Sort(new SortField(PostDocuments.CREATED, SortField.Type.LONG, true)))
            : index.top(query, k);
    List<Post> found = new ArrayList<>(hits.size());
    for (PostIndex.Hit hit : hits) {
      IndexedPost indexed = posts.get(hit.id());
      if (indexed != null
          && !indexed.post().isExpiredAt(now)
          && indexed.post().isVisibleTo(search.viewerSpace())) {
        found.add(indexed.post());
      }
    }
    return found;
  }

  /**
   * Blocks until every post written so far is matchable, instead of the second it may otherwise
   * take: for loading at start, and for tests.
   */
  public void awaitSearchable() {
    index.awaitSearchable();
  }

  @Override
  public void close() {
    index.close();
  }

  // The index may lag the map by a refresh, so the hard filters are checked again on the live post.
  private static boolean canMeet(Post post, Post candidate, Instant now) {
    return !candidate.author().equals(post.author())
        && !candidate.isExpiredAt(now)
        && candidate.isVisibleTo(post.space())
        && post.isVisibleTo(candidate.space());
  }

  /** The post as the engine keeps it, with the skills found in it. */
  private IndexedPost indexed(Post post) {
    return extractor.read(post);
  }

  private void store(Post post) {
    IndexedPost indexed = indexed(post);
    posts.put(post.id(), indexed);
    index.put(indexed);
  }

  private void write(String id, Runnable change) {
    ReentrantLock lock = locks[Math.floorMod(id.hashCode(), LOCK_STRIPES)];
    lock.lock();
    try {
      change.run();
    } finally {
      lock.unlock();
    }
  }

  private static void checkLimit(int k) {
    if (k < 1 || k > MAX_RESULTS) {
      throw new IllegalArgumentException("k must be between 1 and " + MAX_RESULTS + ": " + k);
    }
  }
}
