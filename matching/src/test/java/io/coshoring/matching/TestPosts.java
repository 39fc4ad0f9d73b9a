package io.coshoring.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Short ways to build the posts tests need (remote, Paris office hours, French and English), add
 * them to an engine and read what it proposes.
 */
final class TestPosts {

  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private TestPosts() {}

  static PostBuilder offer(String id, String author, String text) {
    return post(id, PostKind.OFFER, author, text);
  }

  static PostBuilder demand(String id, String author, String text) {
    return post(id, PostKind.DEMAND, author, text);
  }

  /** Adds the posts and waits until a match can find them. */
  static void addSearchable(MatchingEngine engine, Post... posts) {
    for (Post post : posts) {
      engine.add(post);
    }
    engine.awaitSearchable();
  }

  /** The ids of the proposed posts, best first. */
  static List<String> ids(List<Match> matches) {
    return matches.stream().map(m -> m.post().id()).toList();
  }

  private static PostBuilder post(String id, PostKind kind, String author, String text) {
    return Post.builder()
        .id(id)
        .kind(kind)
        .author(author)
        .space(author.substring(author.indexOf('@') + 1))
        .text(text)
        .timezone("Europe/Paris")
        .languages("fr", "en")
        .createdAt(NOW.minusSeconds(3600));
  }
}
