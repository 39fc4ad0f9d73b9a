package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SharedHoursTest {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId TEL_AVIV = ZoneId.of("Asia/Jerusalem");

  @Test
  void parisAndTelAvivShareEightHoursInWinter() {
    Duration shared =
        SharedHours.on(
            LocalDate.of(2026, 11, 24),
            PARIS,
            WorkingHours.parse("9-18"),
            TEL_AVIV,
            WorkingHours.parse("9-18"));

    assertEquals(Duration.ofHours(8), shared);
  }

  @Test
  void daylightSavingIsCountedOnTheDayItself() {
    // Israel moves its clocks on the Friday before the last Sunday of March, Europe on that Sunday:
    // on 27 March 2026 Tel Aviv is three hours ahead of UTC and Paris one.
    Duration shared =
        SharedHours.on(
            LocalDate.of(2026, 3, 27),
            PARIS,
            WorkingHours.parse("9-18"),
            TEL_AVIV,
            WorkingHours.parse("9-18"));

    assertEquals(Duration.ofHours(7), shared);
  }

  @Test
  void parisAndTokyoOfficeHoursDoNotMeet() {
    Duration shared =
        SharedHours.on(
            LocalDate.of(2026, 11, 24),
            PARIS,
            WorkingHours.parse("9-17"),
            ZoneId.of("Asia/Tokyo"),
            WorkingHours.parse("9-17"));

    assertEquals(Duration.ZERO, shared);
  }

  @Test
  void aNightWindowMeetsTheNextMorningElsewhere() {
    // Tel Aviv 22:00-06:00 is 20:00-04:00 UTC; Bangkok 09:00-17:00 is 02:00-10:00 UTC.
    Duration shared =
        SharedHours.on(
            LocalDate.of(2026, 11, 24),
            TEL_AVIV,
            WorkingHours.parse("22-6"),
            ZoneId.of("Asia/Bangkok"),
            WorkingHours.parse("9-17"));

    assertEquals(Duration.ofHours(2), shared);
  }

  @Test
  void aMeetingWithinSomeonesHoursInWinterFallsOutsideThemWhileOnlyTheUsHasChangedItsClocks() {
    // 17:30 in Paris is 11:30 in New York until 14 March 2027, then 12:30 until Europe moves on
    // 28 March: after a morning ending at noon.
    ZoneId newYork = ZoneId.of("America/New_York");
    WorkingHours morning = WorkingHours.parse("8-12");
    LocalTime call = LocalTime.of(17, 30);

    LocalTime winter =
        SharedHours.meetingWithin(
            LocalDate.of(2027, 3, 8), PARIS, call, call.plusMinutes(30), newYork, morning);
    LocalTime gap =
        SharedHours.meetingWithin(
            LocalDate.of(2027, 3, 20), PARIS, call, call.plusMinutes(30), newYork, morning);

    assertEquals(LocalTime.of(11, 30), winter);
    assertNull(gap);
  }
}
