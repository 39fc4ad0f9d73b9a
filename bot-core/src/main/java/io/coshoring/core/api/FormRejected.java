package io.coshoring.core.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** A submitted form with fields that are wrong: each with a message that says how to fix it. */
public record FormRejected(Map<PostForm.Field, String> errors) implements Outcome {

  public FormRejected {
    errors = Collections.unmodifiableMap(new EnumMap<>(errors));
  }

  /** The errors as a message, one line a field, for a surface that cannot show them on the form. */
  public Reply asReply() {
    StringBuilder text = new StringBuilder("Sorry, the post isn't saved yet:");
    errors.forEach(
        (field, error) -> text.append("\n• **").append(field.label()).append("**: ").append(error));
    return Reply.privately(text.toString());
  }
}
