package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a demand's words name the times it meets at, and what only looks like one. */
class MeetingTimesTest {

  private static final ZoneId OWN = ZoneId.of("Europe/Lisbon");

  @Test
  void aFrenchTimeWithMinutesAndItsZone() {
    assertEquals(
        List.of(meeting("17:30", "18:00", "Europe/Paris")),
        MeetingTimes.in(
            "Dev React avec un point quotidien en visio à 17h30 (heure de Paris)", OWN));
  }

  @Test
  void anEnglishRangeInACitysTime() {
    assertEquals(
        List.of(meeting("09:00", "11:00", "America/Toronto")),
        MeetingTimes.in("Designer for live review sessions 9-11 Montreal time", OWN));
  }

  @Test
  void anHourWithPmInACountrysTime() {
    assertEquals(
        List.of(meeting("16:00", "16:30", "Europe/London")),
        MeetingTimes.in("Bookkeeper, a weekly call at 4pm London time", OWN));
    assertEquals(
        List.of(meeting("16:00", "16:30", "Europe/London")),
        MeetingTimes.in("Bookkeeper, a weekly call at 4 p.m. UK time", OWN));
  }

  @Test
  void aHebrewTimeInIsraelsTime() {
    assertEquals(
        List.of(meeting("10:00", "10:30", "Asia/Jerusalem")),
        MeetingTimes.in("מפתח React, שיחה יומית ב-10:00 שעון ישראל", OWN));
  }

  @Test
  void aZoneWrittenAsCapitals() {
    assertEquals(
        List.of(meeting("09:00", "09:30", "America/New_York")),
        MeetingTimes.in("Daily standup at 9am ET", OWN));
  }

  @Test
  void withoutAZoneTheTimeIsTheDemandsOwn() {
    assertEquals(
        List.of(meeting("10:00", "10:30", "Europe/Lisbon")),
        MeetingTimes.in("Daily standup at 10:00, then work on your own", OWN));
    assertEquals(
        List.of(meeting("09:00", "11:00", "Europe/Lisbon")),
        MeetingTimes.in("Ateliers en visio de 9h à 11h", OWN));
  }

  @Test
  void theHalfOfTheDaySaidOnceCountsForBothEndsOfARange() {
    assertEquals(
        List.of(meeting("14:00", "16:00", "Europe/Lisbon")),
        MeetingTimes.in("Live sessions from 2-4pm", OWN));
    assertEquals(
        List.of(meeting("11:00", "13:00", "Europe/Lisbon")),
        MeetingTimes.in("Live sessions from 11-1pm", OWN));
  }

  @Test
  void aBareEarlyHourIsInTheAfternoon() {
    assertEquals(
        List.of(meeting("15:00", "15:30", "Europe/Lisbon")),
        MeetingTimes.in("Weekly call on Tuesdays at 3 with the team", OWN));
    assertEquals(
        List.of(meeting("09:00", "17:00", "America/Los_Angeles")),
        MeetingTimes.in("Meetings from 9 to 5 PT", OWN));
  }

  @Test
  void moreWaysOfWritingAZone() {
    assertEquals(
        List.of(meeting("14:00", "14:30", "America/Toronto")),
        MeetingTimes.in("Réunion hebdomadaire le mardi à 14h, heure de Montréal", OWN));
    assertEquals(
        List.of(meeting("18:00", "18:30", "Europe/Paris")),
        MeetingTimes.in("Visio à 18h heure française", OWN));
    assertEquals(
        List.of(meeting("09:30", "10:00", "America/New_York")),
        MeetingTimes.in("Daily standup 9:30 AM EST", OWN));
    assertEquals(
        List.of(meeting("10:30", "11:00", "Asia/Jerusalem")),
        MeetingTimes.in("Call at 10:30 Tel Aviv time", OWN));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Visio de présentation, budget 17.30 EUR par appel",
        "2h de montage par semaine, un point en visio",
        "une visio de 2h par semaine",
        "24h delivery, a call to start",
        "Call me about Python 3.11 and Java 17",
        "Meeting on 2026-03-14, then 14/03 again",
        "Weekly call, v2.1 release, 10k users",
        "A developer for 9-11 months, daily calls",
        "Need a translator at 9am Paris time for our documents",
        "call of 1h30 per week",
        "Budget 500€, call at 50€/h",
      })
  void whatIsNoMeetingTime(String text) {
    // Prices, durations, dates, versions, and a time with no word about meeting near it.
    assertEquals(List.of(), MeetingTimes.in(text, OWN), text);
  }

  @Test
  void frenchEtIsAndNotEasternTime() {
    assertEquals(
        List.of(
            meeting("09:00", "09:30", "Europe/Lisbon"), meeting("11:00", "11:30", "Europe/Lisbon")),
        MeetingTimes.in("Standup à 9h et à 11h", OWN));
  }

  private static MeetingTime meeting(String start, String end, String zone) {
    return new MeetingTime(LocalTime.parse(start), LocalTime.parse(end), ZoneId.of(zone));
  }
}
