package io.coshoring.matching;

import java.util.function.UnaryOperator;

/**
 * A post was built from bad input. The message names the field and says how to fix it. What the
 * member typed is kept apart from the words around it, so that whoever shows the error to a member
 * quotes it as their surface needs: text a member wrote is never markup in the answer.
 */
public final class InvalidPostException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String typed;
  private final String problem;

  public InvalidPostException(String field, String problem) {
    this(field, null, problem);
  }

  /**
   * @param typed what the member wrote, shown back before the problem; null when it is not shown
   */
  public InvalidPostException(String field, String typed, String problem) {
    super(field + ": " + (typed == null ? "" : "'" + typed + "' ") + problem);
    this.field = field;
    this.typed = typed;
    this.problem = problem;
  }

  /** The name of the field that was wrong, as members know it (text, timezone, rate...). */
  public String field() {
    return field;
  }

  /** The problem without the field's name, what the member typed shown through {@code quote}. */
  public String explained(UnaryOperator<String> quote) {
    return typed == null ? problem : quote.apply(typed) + " " + problem;
  }
}
