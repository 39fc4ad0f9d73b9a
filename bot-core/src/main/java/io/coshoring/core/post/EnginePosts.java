package io.coshoring.core.post;

import io.coshoring.core.space.Member;
import io.coshoring.core.space.Space;
import io.coshoring.matching.Post;
import io.coshoring.matching.Visibility;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Turns a member's post into the engine's, with the member's profile and the space's rules. */
public final class EnginePosts {

  private EnginePosts() {}

  public static Post of(MemberPost post, Member author, Space space) {
    ZoneId zone =
        author.zone() != null
            ? author.zone()
            : space.zone() != null ? space.zone() : ZoneOffset.UTC;
    // A space that keeps its posts inside wins over a post that asked for the whole network.
    Visibility visibility =
        space.share() == Visibility.SPACE ? Visibility.SPACE : post.visibility();
    return Post.builder()
        .id(post.id())
        .kind(post.kind())
        .text(post.text())
        .author(author.id())
        .space(space.id())
        .zone(zone)
        .hours(author.hours())
        .languages(author.languages())
        .workMode(post.workMode())
        .city(post.city() != null ? post.city() : space.city())
        .price(post.price())
        .availableUntil(post.availableUntil())
        .createdAt(post.createdAt())
        .expiresAt(post.expiresAt())
        .visibility(visibility)
        .build();
  }
}
