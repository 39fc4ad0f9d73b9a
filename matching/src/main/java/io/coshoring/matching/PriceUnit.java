package io.coshoring.matching;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
import java.util.Locale;
import java.util.OptionalInt;

/** What a rate or budget is counted per. */
public enum PriceUnit {
  HOUR,
  DAY,
  WEEK,
  PROJECT;

  /**
   * Rates by the hour, day and week are compared as if a day were 8 hours of work and a week 5
   * days: the usual full-time week in the cities coshoring serves, and what freelancers quote by.
   */
  static final int HOURS_PER_DAY = 8;

  static final int DAYS_PER_WEEK = 5;

  /** In English, French or Hebrew: {@code /hour}, {@code /jour}, {@code /שעה}. */
  static PriceUnit parse(Field field, String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "h", "hr", "hour", "heure", "שעה", "לשעה":
        return HOUR;
      case "d", "day", "jour", "j", "יום", "ליום":
        return DAY;
      case "week", "wk", "semaine", "sem", "שבוע", "לשבוע":
        return WEEK;
      case "project", "projet", "total", "fixed", "forfait", "פרויקט", "לפרויקט":
        return PROJECT;
      default:
        throw new InvalidPostException(field, text, Problem.UNIT_UNKNOWN);
    }
  }

  /**
   * The hours of work one of this unit pays for; none for a project, whose length is not known, so
   * a fixed price is never turned into a rate by the hour.
   */
  OptionalInt hours() {
    return switch (this) {
      case HOUR -> OptionalInt.of(1);
      case DAY -> OptionalInt.of(HOURS_PER_DAY);
      case WEEK -> OptionalInt.of(HOURS_PER_DAY * DAYS_PER_WEEK);
      case PROJECT -> OptionalInt.empty();
    };
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
