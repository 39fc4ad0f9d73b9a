package io.coshoring.web;

import io.coshoring.core.api.WallQuery;
import io.coshoring.core.language.Language;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.WorkMode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a reader asked the wall for, read from the address: the filters, their timezone (which their
 * browser fills in), and the page's language. A value that cannot be read is left out, as if it had
 * not been given, rather than refusing the page: the filters' form only offers good ones. Who reads
 * it comes with it, as the sign-in found them.
 */
record WallRequest(
    WallQuery query, Language language, Map<String, String> filters, Visitor visitor) {

  static final String TEXT = "q";
  static final String KIND = "kind";
  static final String SKILL = "skill";
  static final String SPACE = "space";
  static final String CITY = "city";
  static final String SPOKEN = "spoken";
  static final String MODE = "mode";
  static final String HOURS = "hours";
  static final String ZONE = "tz";
  static final String PAGE_LANGUAGE = "hl";

  static WallRequest of(Context ctx) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String name :
        new String[] {TEXT, KIND, SKILL, SPACE, CITY, SPOKEN, MODE, HOURS, ZONE, PAGE_LANGUAGE}) {
      String value = ctx.queryParam(name);
      if (value != null && !value.isBlank()) {
        given.put(name, shortened(value.strip()));
      }
    }
    PostKind kind = enumOf(PostKind.class, given.get(KIND));
    WorkMode mode = enumOf(WorkMode.class, given.get(MODE));
    ZoneId zone = zone(given.get(ZONE));
    String spoken = given.get(SPOKEN);
    WallQuery query =
        new WallQuery(
            given.get(TEXT),
            kind,
            given.get(SKILL),
            given.get(SPACE),
            given.get(CITY),
            spoken != null && spoken.matches("[a-zA-Z]{2}")
                ? spoken.toLowerCase(Locale.ROOT)
                : null,
            mode == WorkMode.EITHER ? null : mode,
            hours(given.get(HOURS)),
            zone);
    Language language = PageLanguage.of(given.get(PAGE_LANGUAGE), ctx.header("Accept-Language"));
    return new WallRequest(query, language, given, Visitor.of(ctx));
  }

  /** The value of a filter as given, or "" to show nothing chosen. */
  String filter(String name) {
    return filters.getOrDefault(name, "");
  }

  /** The filters again, as an address's query: for the live updates of the same page. */
  String queryString() {
    return filters.entrySet().stream()
        .map(
            entry ->
                entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String shortened(String value) {
    return value.length() <= WallQuery.MAX_TEXT ? value : value.substring(0, WallQuery.MAX_TEXT);
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static ZoneId zone(String value) {
    if (value == null) {
      return null;
    }
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int hours(String value) {
    if (value == null || !value.matches("\\d{1,2}")) {
      return 0;
    }
    return Integer.parseInt(value);
  }
}
