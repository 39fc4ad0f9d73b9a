package io.coshoring.core.match;

import io.coshoring.core.api.WallInterest;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.Authors;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.Match;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Reason;
import io.coshoring.matching.Visibility;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "I'm interested" on a card of the wall: the card and the member's own post of the other kind
 * become a match, if they were not one, proposed to the card's author alone; the member's answer is
 * recorded as a click on the proposal's button would, so the same double opt-in follows.
 */
public final class WallInterests {

  private final Database database;
  private final MatchingEngine engine;
  private final MatchStore matches;
  private final MuteStore mutes;
  private final PostStore posts;
  private final MatchSides sides;
  private final MatchAnswers answers;
  private final MatchNotifier notifier;
  private final Clock clock;

  public WallInterests(
      Database database,
      MatchingEngine engine,
      MatchStore matches,
      MuteStore mutes,
      PostStore posts,
      Authors authors,
      MatchAnswers answers,
      MatchNotifier notifier,
      Clock clock) {
    this.database = database;
    this.engine = engine;
    this.matches = matches;
    this.mutes = mutes;
    this.posts = posts;
    this.sides = new MatchSides(authors);
    this.answers = answers;
    this.notifier = notifier;
    this.clock = clock;
  }

  public WallInterest interested(
      String memberId, String postId, String ownPostId, Phrases phrases) {
    Instant now = clock.instant();
    Optional<MemberPost> card = posts.find(postId);
    // Only what the wall shows can be answered from it: a post kept inside its space cannot.
    if (card.isEmpty()
        || !card.get().isOpenAt(now)
        || card.get().visibility() != Visibility.NETWORK) {
      return answered(phrases.get("wall.interest.gone"));
    }
    if (card.get().memberId().equals(memberId)) {
      return answered(phrases.get("wall.interest.own"));
    }
    PostKind wanted = card.get().kind() == PostKind.OFFER ? PostKind.DEMAND : PostKind.OFFER;
    List<MemberPost> fitting =
        posts.openOf(memberId, now).stream().filter(post -> post.kind() == wanted).toList();
    if (fitting.isEmpty()) {
      return answered(phrases.get("wall.interest.postFirst", "kind", kindName(card.get())));
    }
    Optional<MemberPost> mine =
        ownPostId == null && fitting.size() == 1
            ? Optional.of(fitting.get(0))
            : fitting.stream().filter(post -> post.id().equals(ownPostId)).findFirst();
    if (mine.isEmpty()) {
      return new WallInterest.WhichPost(
          fitting.stream()
              .map(post -> new WallInterest.OwnPost(post.id(), post.kind(), post.text()))
              .toList());
    }
    Optional<MatchSide> cardSide = sides.of(card.get());
    Optional<MatchSide> mySide = sides.of(mine.get());
    if (cardSide.isEmpty() || mySide.isEmpty()) {
      return answered(phrases.get("wall.interest.gone"));
    }
    return answered(interested(cardSide.get(), mySide.get(), phrases));
  }

  private String interested(MatchSide card, MatchSide mine, Phrases phrases) {
    MatchSide demand = card.post().kind() == PostKind.DEMAND ? card : mine;
    MatchSide offer = card.post().kind() == PostKind.DEMAND ? mine : card;
    String matchId = ProposedMatch.idOf(demand.post().id(), offer.post().id());
    Optional<Match> scored = scored(mine, card);
    return database.write(
        handle -> {
          if (matches.find(handle, matchId).isEmpty()) {
            if (mutes.eitherMuted(handle, card.member().id(), mine.member().id())) {
              return phrases.get("wall.interest.unavailable");
            }
            ProposedMatch proposed =
                new ProposedMatch(
                    matchId,
                    demand.post().id(),
                    offer.post().id(),
                    demand.member().id(),
                    offer.member().id(),
                    scored.map(Match::score).orElse(0.0),
                    scored.map(Match::reasons).orElse(List.<Reason>of()),
                    null,
                    null,
                    MatchState.PROPOSED,
                    clock.instant());
            if (matches.insertIfNew(handle, proposed)) {
              notifier.interestFromWall(handle, proposed, card, mine);
            }
          }
          return answers.answer(handle, mine.member().id(), matchId, Answer.INTERESTED, phrases);
        });
  }

  /** The engine's score and reasons for the pair, when it would have proposed it. */
  private Optional<Match> scored(MatchSide mine, MatchSide card) {
    return engine.match(mine.post(), MatchingEngine.MAX_RESULTS).stream()
        .filter(match -> match.post().id().equals(card.post().id()))
        .findFirst();
  }

  private static String kindName(MemberPost card) {
    return card.kind() == PostKind.OFFER ? "offer" : "demand";
  }

  private static WallInterest answered(String text) {
    return new WallInterest.Answered(text);
  }
}
