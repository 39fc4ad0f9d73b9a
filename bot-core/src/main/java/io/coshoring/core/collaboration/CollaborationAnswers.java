package io.coshoring.core.collaboration;

import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.collaboration.CollaborationStore.Asked;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.match.ProposedMatch;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Records a member's answer to "Did you work together?". A "yes" or a "no" is final; a "not yet"
 * may still become either. The pair counts as having worked together at the first "yes" of either
 * side: the two may not call the same thing working together, and when one says they did, the match
 * led somewhere, which is what the activity counts and the engine learns from; most questions go
 * unanswered, so waiting for both would lose most of the signal.
 */
public final class CollaborationAnswers {

  private final Database database;
  private final CollaborationStore store;
  private final MatchStore matches;
  private final MemberStore members;
  private final Clock clock;

  public CollaborationAnswers(
      Database database,
      CollaborationStore store,
      MatchStore matches,
      MemberStore members,
      Clock clock) {
    this.database = database;
    this.store = store;
    this.matches = matches;
    this.members = members;
    this.clock = clock;
  }

  /** Records the answer and returns what to tell the member, in {@code phrases}. */
  public String answer(
      String memberId, String matchId, CollaborationAnswer answer, Phrases phrases) {
    return database.write(
        handle -> {
          Optional<Asked> asked = store.find(handle, matchId, memberId);
          Optional<ProposedMatch> match = matches.find(handle, matchId);
          if (asked.isEmpty() || match.isEmpty()) {
            return phrases.get("followup.gone");
          }
          String name = displayName(match.get().otherThan(memberId), phrases);
          CollaborationAnswer before = asked.get().answer();
          if (before == CollaborationAnswer.YES || before == CollaborationAnswer.NO) {
            return phrases.get("followup.alreadyAnswered", "answer", said(before), "name", name);
          }
          // A second "not yet" changes nothing: the week before asking again runs from the first.
          if (answer != before) {
            Instant now = clock.instant();
            store.answer(handle, matchId, memberId, answer, now);
            if (answer == CollaborationAnswer.YES) {
              matches.collaborated(handle, matchId, now);
            }
          }
          return switch (answer) {
            case YES -> phrases.get("followup.thanksYes", "name", name);
            case NOT_YET ->
                asked.get().asks() < 2
                    ? phrases.get("followup.askLater", "name", name)
                    : phrases.get("followup.lastAsk", "name", name);
            case NO -> phrases.get("followup.thanksNo", "name", name);
          };
        });
  }

  private String displayName(String memberId, Phrases phrases) {
    // The other member's name is their words: shown as text, never as markup.
    return members
        .find(memberId)
        .map(member -> LightMarkup.literal(member.displayName()))
        .orElseGet(() -> phrases.get("match.otherMember"));
  }

  /** The final answer as the bundles' {@code select} names it. */
  private static String said(CollaborationAnswer answer) {
    return answer == CollaborationAnswer.YES ? "yes" : "no";
  }
}
