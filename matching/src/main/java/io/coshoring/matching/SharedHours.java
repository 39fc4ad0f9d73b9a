package io.coshoring.matching;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long two people's working hours overlap on a given day, each in their own timezone. Computed
 * on real dates with {@code java.time}, so daylight saving time is counted as it is on that day.
 */
public final class SharedHours {

  private SharedHours() {}

  public static Duration on(
      LocalDate day, ZoneId zoneA, WorkingHours hoursA, ZoneId zoneB, WorkingHours hoursB) {
    Instant[] a = window(day, zoneA, hoursA);
    long sharedSeconds = 0;
    // B's window of the day before or after can reach into A's day when zones are far apart.
    for (int shift = -1; shift <= 1; shift++) {
      Instant[] b = window(day.plusDays(shift), zoneB, hoursB);
      Instant start = a[0].isAfter(b[0]) ? a[0] : b[0];
      Instant end = a[1].isBefore(b[1]) ? a[1] : b[1];
      if (end.isAfter(start)) {
        sharedSeconds += Duration.between(start, end).getSeconds();
      }
    }
    return Duration.ofSeconds(sharedSeconds);
  }

  /**
   * Where a meeting from {@code start} to {@code end} in {@code meetingZone} on {@code day} starts
   * in {@code zone}, if the working hours there cover all of it; else null.
   */
  static LocalTime meetingWithin(
      LocalDate day,
      ZoneId meetingZone,
      LocalTime start,
      LocalTime end,
      ZoneId zone,
      WorkingHours hours) {
    Instant[] meeting = window(day, meetingZone, new WorkingHours(start, end));
    for (int shift = -1; shift <= 1; shift++) {
      Instant[] work = window(day.plusDays(shift), zone, hours);
      if (!meeting[0].isBefore(work[0]) && !meeting[1].isAfter(work[1])) {
        return meeting[0].atZone(zone).toLocalTime();
      }
    }
    return null;
  }

  /**
   * Where a meeting at {@code start} in {@code meetingZone} on {@code day} starts in {@code zone}.
   */
  static LocalTime startIn(LocalDate day, ZoneId meetingZone, LocalTime start, ZoneId zone) {
    return day.atTime(start).atZone(meetingZone).withZoneSameInstant(zone).toLocalTime();
  }

  // Members share a handful of (timezone, hours) pairs, so each day's windows are computed once.
  private static final int MAX_CACHED = 20_000;
  private static final Map<Key, Instant[]> WINDOWS = new ConcurrentHashMap<>();

  private record Key(LocalDate day, ZoneId zone, WorkingHours hours) {}

  private static Instant[] window(LocalDate day, ZoneId zone, WorkingHours hours) {
    Key key = new Key(day, zone, hours);
    Instant[] window = WINDOWS.get(key);
    if (window == null) {
      if (WINDOWS.size() > MAX_CACHED) {
        WINDOWS.clear();
      }
      window = compute(day, zone, hours);
      WINDOWS.put(key, window);
    }
    return window;
  }

  private static Instant[] compute(LocalDate day, ZoneId zone, WorkingHours hours) {
    LocalTime start = hours.start();
    LocalTime end = hours.end();
    LocalDate endDay = end.isAfter(start) ? day : day.plusDays(1);
    return new Instant[] {
      day.atTime(start).atZone(zone).toInstant(), endDay.atTime(end).atZone(zone).toInstant()
    };
  }
}
