package io.coshoring.matching;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
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
      throw new InvalidPostException(Field.HOURS, Problem.HOURS_INCOMPLETE);
    }
    if (start.equals(end)) {
      throw new InvalidPostException(Field.HOURS, Problem.HOURS_SAME);
    }
  }

  /** Reads {@code 9-18} or {@code 09:30-17:30}; {@code 22-6} is a night window. */
  public static WorkingHours parse(String text) {
    if (text == null) {
      throw new InvalidPostException(Field.HOURS, Problem.HOURS_MISSING);
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidPostException(Field.HOURS, text, Problem.HOURS_NOT_A_RANGE);
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
      throw new InvalidPostException(Field.HOURS, text, Problem.HOURS_NOT_A_TIME);
    }
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
