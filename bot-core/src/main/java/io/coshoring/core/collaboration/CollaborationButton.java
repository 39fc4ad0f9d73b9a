package io.coshoring.core.collaboration;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.ButtonAction;
import io.coshoring.core.language.Phrases;

/** One of the three answers to "Did you work together?": yes, not yet, no. */
public final class CollaborationButton implements ButtonAction {

  private final CollaborationAnswers answers;
  private final CollaborationAnswer answer;

  public CollaborationButton(CollaborationAnswers answers, CollaborationAnswer answer) {
    this.answers = answers;
    this.answer = answer;
  }

  @Override
  public String prefix() {
    return switch (answer) {
      case YES -> CollaborationQuestions.YES;
      case NOT_YET -> CollaborationQuestions.NOT_YET;
      case NO -> CollaborationQuestions.NO;
    };
  }

  @Override
  public Reply click(String memberId, String matchId, Phrases phrases) {
    return Reply.privately(answers.answer(memberId, matchId, answer, phrases));
  }
}
