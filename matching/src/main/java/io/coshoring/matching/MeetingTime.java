package io.coshoring.matching;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A time a demand names for meeting ("a weekly call at 4pm London time"): from {@code start} to
 * {@code end} in {@code zone}. An end before the start ends the next day.
 */
record MeetingTime(LocalTime start, LocalTime end, ZoneId zone) {

  /** Where the zone is, as people say it: "Paris", "New York", "UTC". */
  static String place(ZoneId zone) {
    if (zone.normalized().equals(ZoneOffset.UTC)) {
      return "UTC";
    }
    String id = zone.getId();
    return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
  }

  @Override
  public String toString() {
    return start + "-" + end + " " + zone.getId();
  }
}
