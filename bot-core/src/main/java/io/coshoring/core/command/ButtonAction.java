package io.coshoring.core.command;

import io.coshoring.core.api.Reply;
import io.coshoring.core.language.Phrases;

/**
 * What one kind of button of the bot's messages does. Its buttons' action ids are {@link #prefix()}
 * followed by their subject, as in {@code match:interested:} and a match's id; the feature that
 * sends the buttons registers the action, as it does its commands.
 */
public interface ButtonAction {

  String prefix();

  /**
   * @param subject what follows the prefix in the button's action id
   * @param phrases the bot's texts in the language of the member who clicked
   * @return what to show the member in place of the buttons
   */
  Reply click(String memberId, String subject, Phrases phrases);
}
