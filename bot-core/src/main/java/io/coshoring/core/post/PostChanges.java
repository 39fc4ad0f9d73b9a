package io.coshoring.core.post;

import io.coshoring.matching.Post;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whoever follows the open posts (the wall's open pages) when one opens, changes or closes,
 * once the engine holds the change. A follower that fails is logged and the others still hear of
 * it: posting never fails for a page that could not be told.
 */
public final class PostChanges {

  /** What happened to an open post. */
  public sealed interface Change permits Opened, Closed {}

  /** A post opened ({@code fresh}), or changed while open (a renewal, its author's new profile). */
  public record Opened(Post post, boolean fresh) implements Change {}

  /** A post closed, expired or forgotten with its author. */
  public record Closed(String postId) implements Change {}

  private static final Logger log = LoggerFactory.getLogger(PostChanges.class);

  private final List<Consumer<Change>> followers = new CopyOnWriteArrayList<>();

  /** Follows the changes until the returned handle is closed. */
  public AutoCloseable follow(Consumer<Change> follower) {
    followers.add(follower);
    return () -> followers.remove(follower);
  }

  void opened(Post post) {
    tell(new Opened(post, true));
  }

  void changed(Post post) {
    tell(new Opened(post, false));
  }

  public void closed(String postId) {
    tell(new Closed(postId));
  }

  private void tell(Change change) {
    for (Consumer<Change> follower : followers) {
      try {
        follower.accept(change);
      } catch (RuntimeException e) {
        log.warn("a follower of the open posts failed on {}: {}", change, e.toString());
      }
    }
  }
}
