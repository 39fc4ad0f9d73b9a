package io.coshoring.core.post;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.ButtonAction;
import io.coshoring.core.language.Phrases;

/** "Close it" on an expiry reminder: the post is closed now rather than left to expire. */
public final class CloseItButton implements ButtonAction {

  private final Posting posting;

  public CloseItButton(Posting posting) {
    this.posting = posting;
  }

  @Override
  public String prefix() {
    return ExpiryReminders.CLOSE_IT;
  }

  @Override
  public Reply click(String memberId, String postId, Phrases phrases) {
    return Reply.privately(
        posting.close(memberId, postId)
            ? phrases.get("post.closedByButton", "post", postId)
            : phrases.get("post.alreadyClosed", "post", postId));
  }
}
