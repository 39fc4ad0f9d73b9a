package io.coshoring.core.command;

import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.Reply;
import java.util.List;

/** Hands a click on a button of the bot's messages to the action its id names. */
public final class ButtonRouter {

  private final List<ButtonAction> actions;

  public ButtonRouter(List<ButtonAction> actions) {
    this.actions = List.copyOf(actions);
  }

  /** What to show the member in place of the buttons they clicked. */
  public Reply click(ButtonClick click) {
    String actionId = click.actionId();
    for (ButtonAction action : actions) {
      if (actionId.startsWith(action.prefix())) {
        return action.click(click.member().id(), actionId.substring(action.prefix().length()));
      }
    }
    return Reply.privately("That button is no longer in use. Try `/coshore help`.");
  }
}
