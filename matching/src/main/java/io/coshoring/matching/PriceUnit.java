package io.coshoring.matching;

import java.util.Locale;

/** What a rate or budget is counted per. */
public enum PriceUnit {
  HOUR,
  DAY,
  WEEK,
  PROJECT;

  static PriceUnit parse(String field, String text) {
    switch (text.toLowerCase(Locale.ROOT)) {
      case "h", "hr", "hour", "heure":
        return HOUR;
      case "d", "day", "jour", "j":
        return DAY;
      case "week", "wk", "semaine", "sem":
        return WEEK;
      case "project", "projet", "total", "fixed", "forfait":
        return PROJECT;
      default:
        throw new InvalidPostException(
            field, text, "is not a unit; use hour, day, week or project, as in 60 EUR/hour");
    }
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
