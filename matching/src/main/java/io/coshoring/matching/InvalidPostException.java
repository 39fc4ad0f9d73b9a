package io.coshoring.matching;

/**
 * A post was built from bad input. The message names the field and says how to fix it, so callers
 * can show it to the member as is.
 */
public final class InvalidPostException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidPostException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
  }

  /** The name of the field that was wrong, as members know it (text, timezone, rate...). */
  public String field() {
    return field;
  }
}
