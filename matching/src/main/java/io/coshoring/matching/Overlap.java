package io.coshoring.matching;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
import java.util.Locale;

/**
 * Whether work needs people at their desks at the same time: {@code LIVE} (pairing, meetings,
 * support) or {@code ASYNC} (bookkeeping, translation, editing: handed over and handed back).
 */
public enum Overlap {
  LIVE,
  ASYNC;

  /** Reads {@code live} or {@code async}, as members and the taxonomy write it. */
  public static Overlap parse(String text) {
    String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    switch (word) {
      case "live":
      case "sync":
      case "synchronous":
      case "direct":
        return LIVE;
      case "async":
      case "asynchronous":
      case "asynchrone":
        return ASYNC;
      default:
        throw new InvalidPostException(
            Field.OVERLAP, String.valueOf(text), Problem.OVERLAP_UNKNOWN);
    }
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
