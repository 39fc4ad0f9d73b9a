package io.coshoring.core.adapter;

import java.util.regex.Pattern;

/** The one grammar of references: a platform prefix in lower case, a colon, the platform's id. */
final class Refs {

  private static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9-]*");

  private Refs() {}

  static void check(String platform, String local, String what) {
    if (platform == null || !PLATFORM.matcher(platform).matches()) {
      throw new IllegalArgumentException(
          "a "
              + what
              + "'s platform must be a lower-case name such as slack, not '"
              + platform
              + "'");
    }
    if (local == null || local.isEmpty()) {
      throw new IllegalArgumentException("a " + what + " of " + platform + " needs an id");
    }
  }

  /** The platform and the rest of an id, split at its first colon. */
  static String[] split(String id, String what) {
    int colon = id == null ? -1 : id.indexOf(':');
    if (colon <= 0 || colon == id.length() - 1) {
      throw new IllegalArgumentException(
          "'" + id + "' is not a " + what + " id; ids read platform:id, as in slack:T1");
    }
    return new String[] {id.substring(0, colon), id.substring(colon + 1)};
  }
}
