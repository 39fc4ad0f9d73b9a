package io.coshoring.core.post;

import io.coshoring.core.api.PostForm;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A form with fields that are wrong: each with a message that says how to fix it. */
final class PostFormException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Map<PostForm.Field, String> errors;

  PostFormException(Map<PostForm.Field, String> errors) {
    super(errors.toString());
    this.errors = Collections.unmodifiableMap(new EnumMap<>(errors));
  }

  Map<PostForm.Field, String> errors() {
    return errors;
  }
}
