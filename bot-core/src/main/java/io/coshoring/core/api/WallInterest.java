package io.coshoring.core.api;

import io.coshoring.matching.PostKind;
import java.util.List;

/**
 * What "I'm interested" on a card of the wall came to: an answer to show the member, or the
 * question of which of their own posts it is for, when several could be.
 */
public sealed interface WallInterest {

  /** Said and done, or why not: in the member's words, as the page shows it. */
  record Answered(String text) implements WallInterest {}

  /** Their open posts of the kind the card's answers, one of which they are to pick. */
  record WhichPost(List<OwnPost> posts) implements WallInterest {

    public WhichPost {
      posts = List.copyOf(posts);
    }
  }

  /** One of the member's own open posts, as they wrote it. */
  record OwnPost(String id, PostKind kind, String text) {}
}
