package io.coshoring.core.match;

import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.Authors;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.storage.Database;
import java.time.Clock;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * What happens when a member answers a match: two "interested" make an introduction; "not for me"
 * declines the pair for good; "mute similar" also stops proposals of the other member's posts.
 */
public final class MatchAnswers {

  private final Database database;
  private final MatchStore matches;
  private final MuteStore mutes;
  private final PostStore posts;
  private final MemberStore members;
  private final MatchSides sides;
  private final MatchNotifier notifier;
  private final Clock clock;

  public MatchAnswers(
      Database database,
      MatchStore matches,
      MuteStore mutes,
      PostStore posts,
      MemberStore members,
      Authors authors,
      MatchNotifier notifier,
      Clock clock) {
    this.database = database;
    this.matches = matches;
    this.mutes = mutes;
    this.posts = posts;
    this.members = members;
    this.sides = new MatchSides(authors);
    this.notifier = notifier;
    this.clock = clock;
  }

  /** Records the answer and returns what to tell the member. */
  public String answer(String memberId, String matchId, Answer answer) {
    return database.write(handle -> answer(handle, memberId, matchId, answer));
  }

  private String answer(Handle handle, String memberId, String matchId, Answer answer) {
    Optional<ProposedMatch> found = matches.find(handle, matchId);
    if (found.isEmpty() || !found.get().involves(memberId)) {
      return "This match no longer exists: one of you may have deleted their data.";
    }
    ProposedMatch match = found.get();
    if (match.answerOf(memberId) != null) {
      return "You already answered this match: " + said(match.answerOf(memberId)) + ".";
    }
    String other = displayName(match.otherThan(memberId));
    switch (answer) {
      case INTERESTED:
        Answer theirs = match.answerOf(match.otherThan(memberId));
        if (theirs == Answer.INTERESTED) {
          matches.answer(handle, match, memberId, answer, MatchState.INTRODUCED);
          introduce(handle, match);
          return "You're both interested! I'm sending each of you an introduction to "
              + other
              + ".";
        }
        matches.answer(handle, match, memberId, answer, match.state());
        return theirs == null
            ? "Noted: you're interested. I'll introduce you as soon as " + other + " says yes too."
            : "Noted: you're interested, but " + other + " has passed on this one.";
      case NOT_FOR_ME:
        matches.answer(handle, match, memberId, answer, MatchState.DECLINED);
        return "Noted: not for you. You won't be offered this pair again.";
      case MUTE_SIMILAR:
        matches.answer(handle, match, memberId, answer, MatchState.DECLINED);
        mutes.mute(handle, memberId, match.otherThan(memberId), clock.instant());
        return "Noted: you won't be offered " + other + "'s posts again.";
      default:
        throw new IllegalArgumentException("unknown answer " + answer);
    }
  }

  private void introduce(Handle handle, ProposedMatch match) {
    Optional<MatchSide> demand = side(handle, match.demandPostId());
    Optional<MatchSide> offer = side(handle, match.offerPostId());
    if (demand.isPresent() && offer.isPresent()) {
      notifier.introduce(handle, match, demand.get(), offer.get());
    }
  }

  private Optional<MatchSide> side(Handle handle, String postId) {
    return posts.find(handle, postId).flatMap(sides::of);
  }

  private String displayName(String memberId) {
    return members.find(memberId).map(Member::displayName).orElse("the other member");
  }

  private static String said(Answer answer) {
    switch (answer) {
      case INTERESTED:
        return "interested";
      case NOT_FOR_ME:
        return "not for you";
      default:
        return "muted";
    }
  }
}
