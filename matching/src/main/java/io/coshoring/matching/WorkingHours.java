package io.coshoring.matching;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The daily window a member works in, in their own timezone. An end before the start is a night
 * window that ends the next day.
 */
public record WorkingHours(LocalTime start, LocalTime end) {

  public static final WorkingHours OFFICE =
      new WorkingHours(LocalTime.of(9, 0), LocalTime.of(18, 0));

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{1,2}(?::\\d{2})?)\\s*-\\s*(\\d{1,2}(?::\\d{2})?)");

  public WorkingHours {
    if (start == null || end == null) {
      throw new InvalidPostException("hours", "need a start and an end, as in 9-18 or 09:30-17:30");
    }
    if (start.equals(end)) {
      throw new InvalidPostException("hours", "start and end are the same; write them as in 9-18");
    }
  }

  /** Reads {@code 9-18} or {@code 09:30-17:30}; {@code 22-6} is a night window. */
  public static WorkingHours parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw new InvalidPostException(
          "hours", text, "is not a time range; write it as in 9-18 or 09:30-17:30");
    }
    return new WorkingHours(time(m.group(1)), time(m.group(2)));
  }

  private static LocalTime time(String text) {
    String padded = text.contains(":") ? text : text + ":00";
    if (padded.indexOf(':') == 1) {
      padded = "0" + padded;
    }
    if (padded.equals("24:00")) {
      return LocalTime.MIDNIGHT;
    }
    try {
      return LocalTime.parse(padded);
    } catch (DateTimeParseException e) {
      throw new InvalidPostException(
          "hours", text, "is not a time of day; use hours 0 to 24, as in 9-18");
    }
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
