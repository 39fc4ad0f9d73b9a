package io.coshoring.core.post;

import io.coshoring.core.api.WallInterest;
import io.coshoring.core.language.Phrases;
import java.time.Clock;
import java.util.List;

/**
 * A member's own open posts as a web page lists them, closed or kept open from there: the same
 * {@link Posting#close} and {@link Posting#renew} as {@code /coshore close} and the reminder's
 * "Still open", answered in plain words since a page shows no chat markup.
 */
public final class OwnPosts {

  private final Posting posting;
  private final PostStore posts;
  private final Clock clock;

  public OwnPosts(Posting posting, PostStore posts, Clock clock) {
    this.posting = posting;
    this.posts = posts;
    this.clock = clock;
  }

  /** The member's open posts, newest first. */
  public List<WallInterest.OwnPost> of(String memberId) {
    return posts.openOf(memberId, clock.instant()).stream()
        .map(post -> new WallInterest.OwnPost(post.id(), post.kind(), post.text()))
        .toList();
  }

  public String close(String memberId, String postId, Phrases phrases) {
    return posting.close(memberId, postId)
        ? phrases.get("wall.mine.closed")
        : phrases.get("wall.interest.gone");
  }

  public String renew(String memberId, String postId, Phrases phrases) {
    return posting.renew(memberId, postId)
        ? phrases.get("wall.mine.renewed", "days", posting.lifetime().toDays())
        : phrases.get("wall.interest.gone");
  }
}
