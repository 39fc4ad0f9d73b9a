package io.coshoring.core.match;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.ButtonAction;
import io.coshoring.core.language.Phrases;

/** One of the three answers to a proposed match: interested, not for me, mute similar. */
public final class MatchAnswerButton implements ButtonAction {

  private final MatchAnswers answers;
  private final Answer answer;

  public MatchAnswerButton(MatchAnswers answers, Answer answer) {
    this.answers = answers;
    this.answer = answer;
  }

  @Override
  public String prefix() {
    return switch (answer) {
      case INTERESTED -> MatchMessages.INTERESTED;
      case NOT_FOR_ME -> MatchMessages.NOT_FOR_ME;
      case MUTE_SIMILAR -> MatchMessages.MUTE_SIMILAR;
    };
  }

  @Override
  public Reply click(String memberId, String matchId, Phrases phrases) {
    return Reply.privately(answers.answer(memberId, matchId, answer, phrases));
  }
}
