package io.coshoring.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an offer's author works at the times a demand names for meeting ("a daily call at 17:30
 * Paris time"), on the days of the demand's period, each with its own daylight saving time: a call
 * inside someone's hours in winter may fall outside them in the weeks the United States have
 * changed their clocks and Europe has not.
 */
final class MeetingHours {

  private MeetingHours() {}

  /**
   * The share of the meetings, over the days given, that fall within the offer's working hours: 1
   * when the demand names none.
   */
  static double covered(
      List<MeetingTime> meetings, Post offer, List<LocalDate> days, Reasons reasons) {
    if (meetings.isEmpty() || days.isEmpty()) {
      return 1;
    }
    int within = 0;
    for (MeetingTime meeting : meetings) {
      List<LocalTime> starts = new ArrayList<>();
      int daysWithin = 0;
      for (LocalDate day : days) {
        LocalTime there =
            SharedHours.meetingWithin(
                day, meeting.zone(), meeting.start(), meeting.end(), offer.zone(), offer.hours());
        daysWithin += there == null ? 0 : 1;
        LocalTime start = SharedHours.startIn(day, meeting.zone(), meeting.start(), offer.zone());
        if (!starts.contains(start)) {
          starts.add(start);
        }
      }
      within += daysWithin;
      int all = days.size();
      int inHours = daysWithin;
      reasons.add(() -> reason(meeting, offer, starts, inHours, all));
    }
    return (double) within / (meetings.size() * days.size());
  }

  /**
   * Whether the meeting falls within the offer's hours ({@code meetingWithin}), outside them
   * ({@code meetingOutside}), or within them only some days ({@code meetingPartly}); where the
   * offer's author is in another zone, the times it starts there are given too.
   */
  private static Reason reason(
      MeetingTime meeting, Post offer, List<LocalTime> starts, int within, int days) {
    Map<String, Object> values = new LinkedHashMap<>();
    // A meeting of half an hour, the length a time named alone is read as, is given by its start.
    values.put(
        "time",
        meeting.end().equals(meeting.start().plusMinutes(30))
            ? time(meeting.start())
            : time(meeting.start()) + "-" + time(meeting.end()));
    values.put("meetingZone", Reason.zone(meeting.zone()));
    boolean sameZone = meeting.zone().equals(offer.zone());
    values.put("zones", sameZone ? "same" : "apart");
    if (!sameZone) {
      values.put("startsThere", starts.stream().map(MeetingHours::time).toList());
      values.put("offerZone", Reason.zone(offer.zone()));
    }
    if (within != days) {
      values.put("offerHours", offer.hours().toString());
    }
    String key =
        within == days ? "meetingWithin" : within == 0 ? "meetingOutside" : "meetingPartly";
    return Reason.of(key, values);
  }

  private static String time(LocalTime time) {
    return time.getHour() + ":" + String.format("%02d", time.getMinute());
  }
}
