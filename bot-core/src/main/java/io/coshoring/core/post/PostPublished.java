package io.coshoring.core.post;

import io.coshoring.core.space.Author;
import io.coshoring.matching.Post;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * What a new post sets off, written in the post's own transaction so that none of it is lost or
 * done twice: the matches it makes are proposed.
 */
@FunctionalInterface
public interface PostPublished {

  /**
   * Called before the post's transaction, with the engine's view of the post; returns what to write
   * in it, after the post.
   */
  Consumer<Handle> prepare(Post post, Author author);
}
