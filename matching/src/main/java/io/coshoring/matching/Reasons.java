package io.coshoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reasons a score gives, built only when someone will read them: ranking a hundred candidates
 * needs the numbers, and only the few shown need the reasons.
 */
final class Reasons {

  /** Reasons nobody will read: nothing is built. */
  static final Reasons NONE = new Reasons(null);

  private final List<Reason> given;

  Reasons() {
    this(new ArrayList<>());
  }

  private Reasons(List<Reason> given) {
    this.given = given;
  }

  void add(Supplier<Reason> reason) {
    if (given != null) {
      given.add(reason.get());
    }
  }

  List<Reason> list() {
    return given == null ? List.of() : List.copyOf(given);
  }
}
