package io.coshoring.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

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

  private static String reason(
      MeetingTime meeting, Post offer, List<LocalTime> starts, int within, int days) {
    String when =
        meeting.end().equals(meeting.start().plusMinutes(30))
            ? time(meeting.start())
            : time(meeting.start()) + "-" + time(meeting.end());
    String what = "the demand's " + when + " " + MeetingTime.place(meeting.zone()) + " meeting";
    String there =
        meeting.zone().equals(offer.zone())
            ? " is"
            : " is "
                + String.join(" or ", starts.stream().map(MeetingHours::time).toList())
                + " in "
                + MeetingTime.place(offer.zone())
                + ",";
    if (within == days) {
      return what + there + " within their hours";
    }
    String hours = " (" + offer.hours() + ")";
    if (within == 0) {
      return what + there + " outside their hours" + hours;
    }
    return what + there + " within their hours only part of the period, as clocks change" + hours;
  }

  private static String time(LocalTime time) {
    return time.getHour() + ":" + String.format("%02d", time.getMinute());
  }
}
