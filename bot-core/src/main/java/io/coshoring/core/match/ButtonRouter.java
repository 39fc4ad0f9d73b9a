package io.coshoring.core.match;

import io.coshoring.core.command.Reply;
import io.coshoring.core.port.ButtonClick;

/** Turns a click on a match message's button into the member's answer. */
public final class ButtonRouter {

  private final MatchAnswers answers;

  public ButtonRouter(MatchAnswers answers) {
    this.answers = answers;
  }

  /** What to show the member in place of the buttons they clicked. */
  public Reply click(ButtonClick click) {
    String action = click.actionId();
    if (action.startsWith(MatchMessages.INTERESTED)) {
      return answer(click, MatchMessages.INTERESTED, Answer.INTERESTED);
    }
    if (action.startsWith(MatchMessages.NOT_FOR_ME)) {
      return answer(click, MatchMessages.NOT_FOR_ME, Answer.NOT_FOR_ME);
    }
    if (action.startsWith(MatchMessages.MUTE_SIMILAR)) {
      return answer(click, MatchMessages.MUTE_SIMILAR, Answer.MUTE_SIMILAR);
    }
    return Reply.privately("That button is no longer in use. Try `/coshore help`.");
  }

  private Reply answer(ButtonClick click, String prefix, Answer answer) {
    String matchId = click.actionId().substring(prefix.length());
    return Reply.privately(answers.answer(click.memberId(), matchId, answer));
  }
}
