package io.coshoring.core.match;

import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.Authors;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.PostKind;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What happens when a member answers a match: two "interested" make an introduction; "not for me"
 * declines the pair for good; "mute similar" also stops proposals of the other member's posts.
 * Every answer is also kept as a labelled pair, in the same transaction, to tune the engine with.
 */
public final class MatchAnswers {

  private final Database database;
  private final MatchStore matches;
  private final MatchLabelStore labels;
  private final MuteStore mutes;
  private final PostStore posts;
  private final MemberStore members;
  private final MatchSides sides;
  private final MatchNotifier notifier;
  private final Clock clock;

  public MatchAnswers(
      Database database,
      MatchStore matches,
      MatchLabelStore labels,
      MuteStore mutes,
      PostStore posts,
      MemberStore members,
      Authors authors,
      MatchNotifier notifier,
      Clock clock) {
    this.database = database;
    this.matches = matches;
    this.labels = labels;
    this.mutes = mutes;
    this.posts = posts;
    this.members = members;
    this.sides = new MatchSides(authors);
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Records the answer and returns what to tell the member, in {@code phrases}. */
  public String answer(String memberId, String matchId, Answer answer, Phrases phrases) {
    return database.write(handle -> answer(handle, memberId, matchId, answer, phrases));
  }

  /** Within the caller's transaction, for an answer given with the match it answers. */
  String answer(Handle handle, String memberId, String matchId, Answer answer, Phrases phrases) {
    Optional<ProposedMatch> found = matches.find(handle, matchId);
    if (found.isEmpty() || !found.get().involves(memberId)) {
      return phrases.get("match.gone");
    }
    ProposedMatch match = found.get();
    if (match.answerOf(memberId) != null) {
      return phrases.get("match.alreadyAnswered", "answer", said(match.answerOf(memberId)));
    }
    Optional<BothSides> both = bothSides(handle, match);
    both.ifPresent(b -> labels.record(handle, label(match, memberId, answer, b)));
    String other = displayName(match.otherThan(memberId), phrases);
    switch (answer) {
      case INTERESTED:
        Answer theirs = match.answerOf(match.otherThan(memberId));
        if (theirs == Answer.INTERESTED) {
          matches.introduce(handle, match, memberId, clock.instant());
          both.ifPresent(b -> notifier.introduce(handle, match, b.demand(), b.offer()));
          return phrases.get("match.bothInterested", "name", other);
        }
        matches.answer(handle, match, memberId, answer, match.state());
        return theirs == null
            ? phrases.get("match.interestedWaiting", "name", other)
            : phrases.get("match.interestedButPassed", "name", other);
      case NOT_FOR_ME:
        matches.answer(handle, match, memberId, answer, MatchState.DECLINED);
        return phrases.get("match.declined");
      case MUTE_SIMILAR:
        matches.answer(handle, match, memberId, answer, MatchState.DECLINED);
        mutes.mute(handle, memberId, match.otherThan(memberId), clock.instant());
        return phrases.get("match.muted", "name", other);
      default:
        throw new IllegalArgumentException("unknown answer " + answer);
    }
  }

  /**
   * The match's two sides. Forget-me deletes a member's posts with their matches, so both are found
   * while the match is; were one missing, the answer would still count, with no label and no
   * introduction.
   */
  private Optional<BothSides> bothSides(Handle handle, ProposedMatch match) {
    return side(handle, match.demandPostId())
        .flatMap(demand -> side(handle, match.offerPostId()).map(o -> new BothSides(demand, o)));
  }

  private MatchLabel label(ProposedMatch match, String memberId, Answer answer, BothSides both) {
    PostKind side = match.demandMemberId().equals(memberId) ? PostKind.DEMAND : PostKind.OFFER;
    return new MatchLabel(
        match.id(),
        side,
        answer,
        clock.instant(),
        match.createdAt(),
        both.demand().post(),
        both.offer().post());
  }

  private Optional<MatchSide> side(Handle handle, String postId) {
    return posts.find(handle, postId).flatMap(sides::of);
  }

  private record BothSides(MatchSide demand, MatchSide offer) {}

  private String displayName(String memberId, Phrases phrases) {
    // The other member's name is their words: shown as text, never as markup.
    return members
        .find(memberId)
        .map(member -> LightMarkup.literal(member.displayName()))
        .orElseGet(() -> phrases.get("match.otherMember"));
  }

  /** The answer as the bundles' {@code select} names it. */
  private static String said(Answer answer) {
    switch (answer) {
      case INTERESTED:
        return "interested";
      case NOT_FOR_ME:
        return "declined";
      default:
        return "muted";
    }
  }
}
