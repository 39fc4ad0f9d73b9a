package io.coshoring.core.space;

import java.util.Locale;

/** Ids are prefixed by their platform ({@code slack:T1:U9}); this reads the prefix. */
public final class PlatformIds {

  private PlatformIds() {}

  public static Platform platformOf(String id) {
    int colon = id.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("id '" + id + "' has no platform prefix");
    }
    return Platform.valueOf(id.substring(0, colon).toUpperCase(Locale.ROOT));
  }
}
