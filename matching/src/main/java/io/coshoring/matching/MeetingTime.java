package io.coshoring.matching;

import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A time a demand names for meeting ("a weekly call at 4pm London time"): from {@code start} to
 * {@code end} in {@code zone}. An end before the start ends the next day.
 */
record MeetingTime(LocalTime start, LocalTime end, ZoneId zone) {

  @Override
  public String toString() {
    return start + "-" + end + " " + zone.getId();
  }
}
