package io.coshoring.core.post;

import io.coshoring.core.match.MatchNotifier;
import io.coshoring.core.match.MatchSide;
import io.coshoring.core.match.MatchState;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.match.MuteStore;
import io.coshoring.core.match.ProposedMatch;
import io.coshoring.core.space.Author;
import io.coshoring.core.space.Authors;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.Space;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.Match;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Publishes a member's post: stores it, matches it, and records the new matches and their messages
 * in the same transaction, so that none is lost or sent twice whatever fails after.
 */
public final class Posting {

  /** How many of a new post's best matches are proposed. */
  private static final int MAX_PROPOSALS = 10;

  /**
   * Below this score a pair shares too little of the work to be worth a message: in the engine's
   * scoring that means no shared skill and only loosely related words.
   */
  static final double MIN_PROPOSAL_SCORE = 0.35;

  private final Database database;
  private final PostStore posts;
  private final MatchStore matches;
  private final MuteStore mutes;
  private final Authors authors;
  private final MatchingEngine engine;
  private final MatchNotifier notifier;
  private final Clock clock;
  private final Duration lifetime;
  private static final int MAX_ID_ATTEMPTS = 5;

  private final PostIds ids;

  public Posting(
      Database database,
      PostStore posts,
      MatchStore matches,
      MuteStore mutes,
      Authors authors,
      MatchingEngine engine,
      MatchNotifier notifier,
      Clock clock,
      Duration lifetime,
      PostIds ids) {
    this.database = database;
    this.ids = ids;
    this.posts = posts;
    this.matches = matches;
    this.mutes = mutes;
    this.authors = authors;
    this.engine = engine;
    this.notifier = notifier;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /**
   * @throws io.coshoring.matching.InvalidPostException when the post, with the member's profile, is
   *     not valid
   */
  public MemberPost publish(Member author, Space space, PostRequest request) {
    // Ids are short and random, so that people can type them; one may come up twice.
    for (int attempt = 1; ; attempt++) {
      try {
        return publish(ids.next(), author, space, request);
      } catch (IdTaken e) {
        if (attempt == MAX_ID_ATTEMPTS) {
          throw new IllegalStateException("no free post id after " + attempt + " tries");
        }
      }
    }
  }

  private MemberPost publish(String id, Member author, Space space, PostRequest request) {
    Instant now = clock.instant();
    MemberPost post =
        new MemberPost(
            id,
            author.id(),
            request.kind(),
            request.text(),
            request.workMode(),
            request.city(),
            request.price(),
            request.until(),
            request.visibility(),
            PostState.OPEN,
            now,
            now.plus(lifetime),
            null);
    Post enginePost = EnginePosts.of(post, author, space);
    MatchSide mine = new MatchSide(enginePost, author, space);
    List<Match> found = engine.match(enginePost, MAX_PROPOSALS);
    database.writeAll(
        handle -> {
          if (posts.exists(handle, id)) {
            throw new IdTaken();
          }
          posts.insert(handle, post);
          for (Match match : found) {
            Optional<MatchSide> theirs = sideOf(match.post());
            if (match.score() < MIN_PROPOSAL_SCORE
                || theirs.isEmpty()
                || mutes.eitherMuted(handle, author.id(), match.post().author())) {
              continue;
            }
            MatchSide demand = post.kind() == PostKind.DEMAND ? mine : theirs.get();
            MatchSide offer = post.kind() == PostKind.DEMAND ? theirs.get() : mine;
            ProposedMatch proposed =
                new ProposedMatch(
                    ProposedMatch.idOf(demand.post().id(), offer.post().id()),
                    demand.post().id(),
                    offer.post().id(),
                    demand.member().id(),
                    offer.member().id(),
                    match.score(),
                    match.reasons(),
                    null,
                    null,
                    MatchState.PROPOSED,
                    now);
            if (matches.insertIfNew(handle, proposed)) {
              notifier.propose(handle, proposed, demand, offer);
            }
          }
        });
    engine.add(enginePost);
    // The next post, perhaps a second later, must be able to meet this one.
    engine.awaitSearchable();
    return post;
  }

  /** Closes the member's post; returns false when it is not theirs or not open. */
  public boolean close(String memberId, String postId) {
    Optional<MemberPost> post = posts.find(postId);
    if (post.isEmpty()
        || !post.get().memberId().equals(memberId)
        || post.get().state() != PostState.OPEN) {
      return false;
    }
    database.writeAll(handle -> posts.setState(handle, postId, PostState.CLOSED));
    engine.remove(postId);
    return true;
  }

  /** Keeps the member's post open for another lifetime; returns false when it is not theirs. */
  public boolean renew(String memberId, String postId) {
    Optional<MemberPost> post = posts.find(postId);
    if (post.isEmpty()
        || !post.get().memberId().equals(memberId)
        || post.get().state() != PostState.OPEN) {
      return false;
    }
    Instant expiresAt = clock.instant().plus(lifetime);
    database.writeAll(handle -> posts.renew(handle, postId, expiresAt));
    MemberPost renewed = posts.find(postId).orElseThrow();
    Optional<Author> author = authors.find(memberId);
    if (author.isPresent()) {
      Post enginePost = EnginePosts.of(renewed, author.get().member(), author.get().space());
      if (engine.get(postId).isPresent()) {
        engine.update(enginePost);
      } else {
        engine.add(enginePost);
      }
      engine.awaitSearchable();
    }
    return true;
  }

  /** Puts every open post of the network into the engine, at start. Returns how many. */
  public int loadOpenPosts() {
    int loaded = 0;
    for (MemberPost post : posts.allOpen(clock.instant())) {
      Optional<Author> author = authors.find(post.memberId());
      if (author.isPresent()) {
        engine.add(EnginePosts.of(post, author.get().member(), author.get().space()));
        loaded++;
      }
    }
    engine.awaitSearchable();
    return loaded;
  }

  /**
   * Re-reads the member's open posts into the engine after their profile or space changed, since
   * timezone, hours, languages and the space's sharing are part of what is matched.
   */
  public void refreshPostsOf(Member member, Space space) {
    for (MemberPost post : posts.openOf(member.id(), clock.instant())) {
      engine.update(EnginePosts.of(post, member, space));
    }
  }

  /** The engine's post with its author and space, if all are still there. */
  public Optional<MatchSide> sideOf(Post post) {
    return authors.find(post.author()).map(a -> new MatchSide(post, a.member(), a.space()));
  }

  /** A stored post as one side of a match, if its author and space are still there. */
  public Optional<MatchSide> sideOf(MemberPost post) {
    return authors
        .find(post.memberId())
        .map(
            a -> new MatchSide(EnginePosts.of(post, a.member(), a.space()), a.member(), a.space()));
  }

  /** The id drawn for a new post belongs to another. */
  private static final class IdTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IdTaken() {
      super(null, null, false, false);
    }
  }
}
