package io.coshoring.core.post;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.ButtonAction;

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
  public Reply click(String memberId, String postId) {
    return Reply.privately(
        posting.close(memberId, postId)
            ? "Closed `" + postId + "`. Thanks for keeping the network tidy!"
            : "`" + postId + "` was already closed.");
  }
}
