package io.coshoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reasons a score gives, written only when someone will read them: ranking a hundred candidates
 * needs the numbers, and only the few shown need the words.
 */
final class Reasons {

  /** Reasons nobody will read: nothing is written. */
  static final Reasons NONE = new Reasons(null);

  private final List<String> written;

  Reasons() {
    this(new ArrayList<>());
  }

  private Reasons(List<String> written) {
    this.written = written;
  }

  void add(Supplier<String> reason) {
    if (written != null) {
      written.add(reason.get());
    }
  }

  List<String> list() {
    return written == null ? List.of() : List.copyOf(written);
  }
}
