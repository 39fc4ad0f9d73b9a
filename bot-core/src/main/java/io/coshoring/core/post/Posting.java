package io.coshoring.core.post;

import io.coshoring.core.space.Author;
import io.coshoring.core.space.Authors;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.Space;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.Post;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a member's post: stores it, and writes what it sets off (its matches and their
 * messages) in the same transaction, so that none is lost or sent twice whatever fails after. Keeps
 * the engine's index in step with the stored posts.
 */
public final class Posting {

  private static final Logger log = LoggerFactory.getLogger(Posting.class);

  private final PostChanges changes = new PostChanges();
  private final Database database;
  private final PostStore posts;
  private final Authors authors;
  private final MatchingEngine engine;
  private final PostPublished published;
  private final Clock clock;
  private final Duration lifetime;
  private static final int MAX_ID_ATTEMPTS = 5;

  private final PostIds ids;

  public Posting(
      Database database,
      PostStore posts,
      Authors authors,
      MatchingEngine engine,
      PostPublished published,
      Clock clock,
      Duration lifetime,
      PostIds ids) {
    this.database = database;
    this.ids = ids;
    this.posts = posts;
    this.authors = authors;
    this.engine = engine;
    this.published = published;
    this.clock = clock;
    this.lifetime = lifetime;
  }

  /** Where the open posts' changes are told, once the engine holds them. */
  public PostChanges changes() {
    return changes;
  }

  /**
   * @throws io.coshoring.matching.InvalidPostException when the post, with the member's profile, is
   *     not valid
   */
  /**
   * @param requestKey the request it came in, or null: a request run again after a crash finds the
   *     post its first run published, rather than publishing a twin
   */
  public MemberPost publish(Member author, Space space, PostRequest request, String requestKey) {
    if (requestKey != null) {
      Optional<MemberPost> earlier = posts.findByRequest(requestKey);
      if (earlier.isPresent()) {
        finish(earlier.get(), new Author(author, space));
        return earlier.get();
      }
    }
    // Ids are short and random, so that people can type them; one may come up twice.
    for (int attempt = 1; ; attempt++) {
      try {
        return publish(ids.next(), author, space, request, requestKey);
      } catch (IdTaken e) {
        if (attempt == MAX_ID_ATTEMPTS) {
          throw new IllegalStateException("no free post id after " + attempt + " tries");
        }
      }
    }
  }

  private MemberPost publish(
      String id, Member author, Space space, PostRequest request, String requestKey) {
    Instant now = clock.instant();
    MemberPost post =
        new MemberPost(
            id,
            author.id(),
            request.kind(),
            request.text(),
            request.workMode(),
            request.city(),
            request.price(),
            request.until(),
            request.visibility(),
            request.overlap(),
            PostState.OPEN,
            now,
            now.plus(lifetime),
            null,
            null);
    Author by = new Author(author, space);
    Post enginePost = EnginePosts.of(post, by);
    Consumer<Handle> setOff = published.prepare(enginePost, by);
    database.writeAll(
        handle -> {
          if (posts.exists(handle, id)) {
            throw new IdTaken();
          }
          posts.insert(handle, post, requestKey);
          setOff.accept(handle);
        });
    engine.add(enginePost);
    // The wall shows the post as it is, needing nothing of the index: it is told at once.
    changes.opened(enginePost);
    // The next post, perhaps a second later, must be able to meet this one.
    engine.awaitSearchable();
    catchUp(enginePost, by);
    return post;
  }

  /** What a run cut short after the post was stored may have left undone. */
  private void finish(MemberPost post, Author author) {
    Post enginePost = EnginePosts.of(post, author);
    if (engine.get(post.id()).isEmpty()) {
      engine.add(enginePost);
      engine.awaitSearchable();
      changes.opened(enginePost);
    }
    if (post.caughtUpAt() == null) {
      catchUp(enginePost, author);
    }
  }

  /**
   * Of two posts published at once, each searchable before its catch-up, one catches the other. The
   * mark commits with what the catch-up proposes; a post left unmarked by a crash or a failure is
   * caught up at the next start.
   */
  private void catchUp(Post enginePost, Author author) {
    try {
      Optional<Consumer<Handle>> setOff = published.catchUp(enginePost, author);
      Instant now = clock.instant();
      database.writeAll(
          handle -> {
            setOff.ifPresent(proposals -> proposals.accept(handle));
            posts.markCaughtUp(handle, enginePost.id(), now);
          });
    } catch (RuntimeException e) {
      log.warn(
          "post {} not caught up yet, it will be at the next start: {}",
          enginePost.id(),
          e.toString());
    }
  }

  /** Closes the member's post; returns false when it is not theirs or not open. */
  public boolean close(String memberId, String postId) {
    Optional<MemberPost> post = posts.find(postId);
    if (post.isEmpty()
        || !post.get().memberId().equals(memberId)
        || post.get().state() != PostState.OPEN) {
      return false;
    }
    database.writeAll(handle -> posts.setState(handle, postId, PostState.CLOSED));
    engine.remove(postId);
    changes.closed(postId);
    return true;
  }

  /** How long a post stays open, from its publication or its renewal. */
  public Duration lifetime() {
    return lifetime;
  }

  /** Keeps the member's post open for another lifetime; returns false when it is not theirs. */
  public boolean renew(String memberId, String postId) {
    Optional<MemberPost> post = posts.find(postId);
    if (post.isEmpty()
        || !post.get().memberId().equals(memberId)
        || post.get().state() != PostState.OPEN) {
      return false;
    }
    Instant expiresAt = clock.instant().plus(lifetime);
    database.writeAll(handle -> posts.renew(handle, postId, expiresAt));
    MemberPost renewed = posts.find(postId).orElseThrow();
    Optional<Author> author = authors.find(memberId);
    if (author.isPresent()) {
      Post enginePost = EnginePosts.of(renewed, author.get());
      if (engine.get(postId).isPresent()) {
        engine.update(enginePost);
      } else {
        engine.add(enginePost);
      }
      engine.awaitSearchable();
      changes.changed(enginePost);
    }
    return true;
  }

  /**
   * Puts every open post of the network into the engine, at start, then catches up those a stop
   * left before their catch-up. Returns how many posts were loaded.
   */
  public int loadOpenPosts() {
    List<Post> open = new ArrayList<>();
    List<Runnable> behind = new ArrayList<>();
    for (MemberPost post : posts.allOpen(clock.instant())) {
      Optional<Author> author = authors.find(post.memberId());
      if (author.isPresent()) {
        Post enginePost = EnginePosts.of(post, author.get());
        open.add(enginePost);
        if (post.caughtUpAt() == null) {
          behind.add(() -> catchUp(enginePost, author.get()));
        }
      }
    }
    MatchingEngine.Restored restored = engine.restore(open);
    restored.builtAnew().ifPresent(why -> log.info("The matching index is built anew: {}", why));
    log.info(
        "Open posts in the engine: {} ({} as the index held them, {} written, {} removed)",
        open.size(),
        restored.reused(),
        restored.written(),
        restored.removed());
    behind.forEach(Runnable::run);
    return open.size();
  }

  /**
   * Re-reads the member's open posts into the engine after their profile or space changed, since
   * timezone, hours, languages and the space's sharing are part of what is matched.
   */
  public void refreshPostsOf(Member member, Space space) {
    for (MemberPost post : posts.openOf(member.id(), clock.instant())) {
      Post enginePost = EnginePosts.of(post, new Author(member, space));
      engine.update(enginePost);
      changes.changed(enginePost);
    }
  }

  /** Takes the posts of a member who asked to be forgotten out of the engine, once deleted. */
  public void forgotten(List<String> postIds) {
    for (String postId : postIds) {
      engine.remove(postId);
      changes.closed(postId);
    }
  }

  /** The id drawn for a new post belongs to another. */
  private static final class IdTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    IdTaken() {
      super(null, null, false, false);
    }
  }
}
