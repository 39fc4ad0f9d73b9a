package io.coshoring.core.command;

import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.Reply;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.space.MemberLanguages;
import java.util.List;

/** Hands a click on a button of the bot's messages to the action its id names. */
public final class ButtonRouter {

  private final List<ButtonAction> actions;
  private final MemberLanguages languages;

  public ButtonRouter(List<ButtonAction> actions, MemberLanguages languages) {
    this.actions = List.copyOf(actions);
    this.languages = languages;
  }

  /** What to show the member in place of the buttons they clicked. */
  public Reply click(ButtonClick click) {
    String actionId = click.actionId();
    Phrases phrases = languages.of(click.member().id());
    for (ButtonAction action : actions) {
      if (actionId.startsWith(action.prefix())) {
        return action.click(
            click.member().id(), actionId.substring(action.prefix().length()), phrases);
      }
    }
    return Reply.privately(phrases.get("button.unknown"));
  }
}
