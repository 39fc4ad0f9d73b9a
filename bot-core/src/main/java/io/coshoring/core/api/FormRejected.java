package io.coshoring.core.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A submitted form with fields that are wrong: each with a message that says how to fix it. */
public record FormRejected(Map<PostForm.Field, String> errors) implements Outcome {

  public FormRejected {
    errors = Collections.unmodifiableMap(new EnumMap<>(errors));
  }
}
