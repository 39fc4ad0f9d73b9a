package io.coshoring.core.match;

import io.coshoring.core.post.EnginePosts;
import io.coshoring.core.post.MemberPost;
import io.coshoring.core.space.Authors;
import io.coshoring.matching.Post;
import java.util.Optional;

/** A post as one side of a match, with its author and their space, if both are still there. */
final class MatchSides {

  private final Authors authors;

  MatchSides(Authors authors) {
    this.authors = authors;
  }

  Optional<MatchSide> of(Post post) {
    return authors.find(post.author()).map(a -> new MatchSide(post, a.member(), a.space()));
  }

  Optional<MatchSide> of(MemberPost post) {
    return authors
        .find(post.memberId())
        .map(a -> new MatchSide(EnginePosts.of(post, a), a.member(), a.space()));
  }
}
