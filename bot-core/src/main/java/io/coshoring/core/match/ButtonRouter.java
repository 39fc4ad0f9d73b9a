package io.coshoring.core.match;

import io.coshoring.core.bridge.ProjectRooms;
import io.coshoring.core.command.Reply;
import io.coshoring.core.port.ButtonClick;
import io.coshoring.core.post.ExpiryReminders;
import io.coshoring.core.post.Posting;

/** Turns a click on a button of the bot's messages into what it stands for. */
public final class ButtonRouter {

  private final MatchAnswers answers;
  private final Posting posting;
  private final ProjectRooms rooms;

  public ButtonRouter(MatchAnswers answers, Posting posting, ProjectRooms rooms) {
    this.answers = answers;
    this.posting = posting;
    this.rooms = rooms;
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
    if (action.startsWith(MatchMessages.OPEN_ROOM)) {
      return Reply.privately(
          rooms.open(click.memberId(), action.substring(MatchMessages.OPEN_ROOM.length())));
    }
    if (action.startsWith(ExpiryReminders.STILL_OPEN)) {
      String postId = action.substring(ExpiryReminders.STILL_OPEN.length());
      return Reply.privately(
          posting.renew(click.memberId(), postId)
              ? "Great: `" + postId + "` stays open for another while."
              : "`" + postId + "` is no longer open; post it again with /offer or /demand.");
    }
    if (action.startsWith(ExpiryReminders.CLOSE_IT)) {
      String postId = action.substring(ExpiryReminders.CLOSE_IT.length());
      return Reply.privately(
          posting.close(click.memberId(), postId)
              ? "Closed `" + postId + "`. Thanks for keeping the network tidy!"
              : "`" + postId + "` was already closed.");
    }
    return Reply.privately("That button is no longer in use. Try `/coshore help`.");
  }

  private Reply answer(ButtonClick click, String prefix, Answer answer) {
    String matchId = click.actionId().substring(prefix.length());
    return Reply.privately(answers.answer(click.memberId(), matchId, answer));
  }
}
