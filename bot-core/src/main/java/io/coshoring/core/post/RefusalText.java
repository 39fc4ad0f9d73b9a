package io.coshoring.core.post;

import io.coshoring.core.language.Phrases;
import io.coshoring.matching.InvalidPostException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The engine's refusal of bad input in the member's words: the message {@code invalid.<problem>}
 * with the problem's values, after the field's name {@code field.<field>} where the field is not
 * shown already. What the member typed is the value {@code typed}, quoted as the caller's surface
 * needs, so that it never turns into markup.
 */
final class RefusalText {

  private RefusalText() {}

  /** The problem alone: a form shows it beside its field. */
  static String problem(InvalidPostException error, Phrases phrases, UnaryOperator<String> quote) {
    List<Object> namesAndValues = new ArrayList<>();
    if (error.typed() != null) {
      namesAndValues.add("typed");
      namesAndValues.add(quote.apply(error.typed()));
    }
    error
        .values()
        .forEach(
            (name, value) -> {
              namesAndValues.add(name);
              namesAndValues.add(value);
            });
    return phrases.get("invalid." + error.problem().key(), namesAndValues.toArray());
  }

  /** The problem after the name of its field. */
  static String onField(InvalidPostException error, Phrases phrases, UnaryOperator<String> quote) {
    return phrases.get(
        "invalid.onField",
        "field",
        phrases.get("field." + error.field().id()),
        "problem",
        problem(error, phrases, quote));
  }
}
