package io.coshoring.core.api;

import io.coshoring.core.language.Phrases;
import io.coshoring.matching.PostKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** A submitted form with fields that are wrong: each with a message that says how to fix it. */
public record FormRejected(Map<PostForm.Field, String> errors) implements Outcome {

  public FormRejected {
    errors = Collections.unmodifiableMap(new EnumMap<>(errors));
  }

  /**
   * The errors as a message, one line a field, for a surface that cannot show them on the form:
   * each field named as the form showed it to the member.
   */
  public Reply asReply(Phrases phrases, PostKind kind) {
    StringBuilder text = new StringBuilder(phrases.get("form.notSaved"));
    String kindName = kind.name().toLowerCase(Locale.ROOT);
    errors.forEach(
        (field, error) ->
            text.append("\n• **")
                .append(phrases.get(field.labelKey(), "kind", kindName))
                .append("**: ")
                .append(error));
    return Reply.privately(text.toString());
  }
}
