package io.coshoring.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A post was built from bad input: which field was wrong and what the problem is, as data rather
 * than words, so that each member reads it in their own language, as a match's {@link Reason} is
 * read. What the member typed is kept apart from the problem's other values, so that whoever shows
 * the error to a member quotes it as their surface needs: text a member wrote is never markup in
 * the answer. The message, for logs, is in English.
 */
public final class InvalidPostException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The fields a post is refused for, each with its id: {@code rate}, {@code workMode}... */
  public enum Field {
    RATE,
    BUDGET,
    TEXT,
    SKILLS,
    HOURS,
    TIMEZONE,
    LANGUAGES,
    WORK_MODE,
    CITY,
    OVERLAP,
    UNTIL,
    KIND,
    ID,
    AUTHOR,
    SPACE,
    CREATED,
    EXPIRY;

    public String id() {
      return camelCase(name());
    }
  }

  /**
   * Every problem the engine refuses input for, with its key ({@code priceNotAPrice}) and its words
   * in English. In the words, {@code {typed}} is what the member typed and the other names in
   * braces are the values the problem comes with.
   */
  public enum Problem {
    PRICE_EMPTY(
        "is empty; write it like 60 EUR/hour, 450 EUR/day, 2000 EUR/week or 3000 EUR/project"),
    PRICE_NOT_A_PRICE(
        "{typed} is not a price; write it like 60 EUR/hour, 450 EUR/day, 2000 EUR/week or 3000"
            + " EUR/project"),
    PRICE_NO_CURRENCY(
        "{typed} has no currency; write it like 60 EUR/hour, 450 EUR/day, 2000 EUR/week or 3000"
            + " EUR/project"),
    PRICE_OUT_OF_RANGE("must be more than 0 and at most {max}"),
    CURRENCY_UNKNOWN("{typed} is not a currency code; use an ISO code such as EUR, USD or ILS"),
    UNIT_UNKNOWN("{typed} is not a unit; use hour, day, week or project, as in 60 EUR/hour"),
    TEXT_EMPTY("is empty; describe what you offer or need, as in: I edit promo videos, FR/EN"),
    TEXT_TOO_LONG(
        "is {length} characters long; the limit is {maxLength}, so shorten it or link to a longer"
            + " description"),
    TOO_MANY_SKILLS("has {count} entries; name at most {max}"),
    HOURS_MISSING("are missing; write them as in 9-18"),
    HOURS_INCOMPLETE("need a start and an end, as in 9-18 or 09:30-17:30"),
    HOURS_SAME("start and end are the same; write them as in 9-18"),
    HOURS_NOT_A_RANGE("{typed} is not a time range; write it as in 9-18 or 09:30-17:30"),
    HOURS_NOT_A_TIME("{typed} is not a time of day; use hours 0 to 24, as in 9-18"),
    TIMEZONE_MISSING("is missing; use an IANA id such as Europe/Paris"),
    TIMEZONE_UNKNOWN(
        "{typed} is not a known timezone; use an IANA id such as Europe/Paris or Asia/Jerusalem"),
    LANGUAGE_UNKNOWN("{typed} is not a two-letter ISO 639-1 code; use codes such as fr, en, he"),
    WORK_MODE_MISSING("is missing; choose remote, onsite or either"),
    CITY_NEEDED("on-site work needs a city, as in city:Paris"),
    OVERLAP_UNKNOWN("{typed} is not one of live or async; write overlap:live or overlap:async"),
    UNTIL_BEFORE_START("{untilDate} is before the start date {fromDate}"),
    KIND_MISSING("is missing; a post is an offer or a demand"),
    EXPIRY_NOT_AFTER_CREATION("must be after the post is created"),
    MISSING("is missing"),
    TOO_LONG("is longer than {maxLength} characters"),
    CONTROL_CHARACTER(
        "contains an invisible control character ({character}) at position {position}; remove it");

    private final String english;

    Problem(String english) {
      this.english = english;
    }

    public String key() {
      return camelCase(name());
    }

    /** The problem in English, its values in braces. */
    public String english() {
      return english;
    }
  }

  private final Field field;
  private final String typed;
  private final Problem problem;
  private final Map<String, Object> values;

  /** A problem with its values given as name, value, name, value... */
  InvalidPostException(Field field, Problem problem, Object... namesAndValues) {
    this(field, null, problem, namesAndValues);
  }

  /**
   * @param typed what the member wrote, for problems that show it back
   */
  InvalidPostException(Field field, String typed, Problem problem, Object... namesAndValues) {
    this(field, typed, problem, named(namesAndValues));
  }

  private InvalidPostException(
      Field field, String typed, Problem problem, Map<String, Object> values) {
    super(field.id() + ": " + english(problem, typed, values));
    this.field = field;
    this.typed = typed;
    this.problem = problem;
    this.values = Collections.unmodifiableMap(values);
  }

  public Field field() {
    return field;
  }

  public Problem problem() {
    return problem;
  }

  /** What the member typed, for the {@code typed} of the problem's words; null when not shown. */
  public String typed() {
    return typed;
  }

  /**
   * The problem's values besides what was typed: numbers, and strings the engine wrote itself (ISO
   * dates, a character's code point); a value's name says what it is, as a {@link Reason}'s does.
   */
  public Map<String, Object> values() {
    return values;
  }

  private static Map<String, Object> named(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  private static String english(Problem problem, String typed, Map<String, Object> values) {
    String words = problem.english().replace("{typed}", "'" + typed + "'");
    for (Map.Entry<String, Object> value : values.entrySet()) {
      words = words.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
    }
    return words;
  }

  /** {@code WORK_MODE} as {@code workMode}: the keys the bundles of the bot's texts use. */
  private static String camelCase(String constant) {
    StringBuilder key = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      key.append(
          key.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }
}
