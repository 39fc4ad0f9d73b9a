package io.coshoring.core.post;

import io.coshoring.core.space.Author;
import io.coshoring.matching.Post;
import io.coshoring.matching.Visibility;

/** Turns a member's post into the engine's, with the member's profile and the space's rules. */
public final class EnginePosts {

  private EnginePosts() {}

  public static Post of(MemberPost post, Author author) {
    // A space that keeps its posts inside wins over a post that asked for the whole network.
    Visibility visibility =
        author.space().share() == Visibility.SPACE ? Visibility.SPACE : post.visibility();
    return Post.builder()
        .id(post.id())
        .kind(post.kind())
        .text(post.text())
        .author(author.member().id())
        .space(author.space().id())
        .zone(author.zone())
        .hours(author.member().hours())
        .languages(author.member().languages())
        .workMode(post.workMode())
        .city(post.city() != null ? post.city() : author.space().city())
        .price(post.price())
        .availableUntil(post.availableUntil())
        .createdAt(post.createdAt())
        .expiresAt(post.expiresAt())
        .visibility(visibility)
        .overlap(post.overlap())
        .build();
  }
}
