package io.coshoring.core.match;

import io.coshoring.core.space.Member;
import io.coshoring.core.space.Space;
import io.coshoring.matching.Post;

/** One side of a match: the post, its author, and the author's space. */
public record MatchSide(Post post, Member member, Space space) {}
