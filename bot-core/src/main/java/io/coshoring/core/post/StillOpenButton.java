package io.coshoring.core.post;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.ButtonAction;
import io.coshoring.core.language.Phrases;

/** "Still open" on an expiry reminder: the post stays open for another lifetime. */
public final class StillOpenButton implements ButtonAction {

  private final Posting posting;

  public StillOpenButton(Posting posting) {
    this.posting = posting;
  }

  @Override
  public String prefix() {
    return ExpiryReminders.STILL_OPEN;
  }

  @Override
  public Reply click(String memberId, String postId, Phrases phrases) {
    return Reply.privately(
        posting.renew(memberId, postId)
            ? phrases.get("post.renewed", "post", postId)
            : phrases.get("post.noLongerOpen", "post", postId));
  }
}
