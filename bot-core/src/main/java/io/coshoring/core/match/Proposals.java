package io.coshoring.core.match;

import io.coshoring.core.post.PostPublished;
import io.coshoring.core.space.Author;
import io.coshoring.core.space.Authors;
import io.coshoring.matching.Match;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Proposes a new post's best matches to both sides: each new pair is stored once, with its
 * messages, in the post's transaction. Pairs one side muted, and pairs that share too little, are
 * not proposed.
 */
public final class Proposals implements PostPublished {

  /** How many of a new post's best matches are proposed. */
  private static final int MAX_PROPOSALS = 10;

  /**
   * Below this score a pair shares too little of the work to be worth a message: in the engine's
   * scoring that means no shared skill and only loosely related words.
   */
  static final double MIN_PROPOSAL_SCORE = 0.35;

  private final MatchingEngine engine;
  private final MatchStore matches;
  private final MuteStore mutes;
  private final MatchSides sides;
  private final MatchNotifier notifier;
  private final Clock clock;

  public Proposals(
      MatchingEngine engine,
      MatchStore matches,
      MuteStore mutes,
      Authors authors,
      MatchNotifier notifier,
      Clock clock) {
    this.engine = engine;
    this.matches = matches;
    this.mutes = mutes;
    this.sides = new MatchSides(authors);
    this.notifier = notifier;
    this.clock = clock;
  }

  @Override
  public Consumer<Handle> prepare(Post post, Author author) {
    return proposing(post, author, engine.match(post, MAX_PROPOSALS));
  }

  @Override
  public Optional<Consumer<Handle>> catchUp(Post post, Author author) {
    List<Match> worth =
        engine.match(post, MAX_PROPOSALS).stream()
            .filter(match -> match.score() >= MIN_PROPOSAL_SCORE)
            .toList();
    Set<String> proposed =
        matches.existing(worth.stream().map(match -> pairOf(post, match.post())).toList());
    List<Match> unseen =
        worth.stream().filter(match -> !proposed.contains(pairOf(post, match.post()))).toList();
    return unseen.isEmpty() ? Optional.empty() : Optional.of(proposing(post, author, unseen));
  }

  private static String pairOf(Post mine, Post theirs) {
    return mine.kind() == PostKind.DEMAND
        ? ProposedMatch.idOf(mine.id(), theirs.id())
        : ProposedMatch.idOf(theirs.id(), mine.id());
  }

  private Consumer<Handle> proposing(Post post, Author author, List<Match> found) {
    MatchSide mine = new MatchSide(post, author.member(), author.space());
    Instant now = clock.instant();
    return handle -> {
      for (Match match : found) {
        Optional<MatchSide> theirs = sides.of(match.post());
        if (match.score() < MIN_PROPOSAL_SCORE
            || theirs.isEmpty()
            || mutes.eitherMuted(handle, post.author(), match.post().author())) {
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
    };
  }
}
