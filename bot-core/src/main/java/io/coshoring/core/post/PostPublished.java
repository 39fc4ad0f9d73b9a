package io.coshoring.core.post;

import io.coshoring.core.space.Author;
import io.coshoring.matching.Post;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * What a new post sets off, written in the post's own transaction so that none of it is lost or
 * done twice: the matches it makes are proposed.
 */
public interface PostPublished {

  /**
   * Called before the post's transaction, with the engine's view of the post; returns what to write
   * in it, after the post.
   */
  Consumer<Handle> prepare(Post post, Author author);

  /**
   * Called once the post can be found: two posts published at the same moment may each have been
   * matched before the other was in the engine. Returns what to write for what the post meets now
   * and did not meet before; empty when it is nothing.
   */
  Optional<Consumer<Handle>> catchUp(Post post, Author author);
}
