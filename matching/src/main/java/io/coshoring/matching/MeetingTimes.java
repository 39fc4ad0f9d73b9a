package io.coshoring.matching;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times a demand names for meeting, in English, French and Hebrew: "a weekly call at 4pm London
 * time", "un point quotidien en visio à 17h30 (heure de Paris)", "live review sessions 9-11
 * Montreal time", "שיחה יומית ב-10:00 שעון ישראל". Without a zone, the time is in the demand's own.
 *
 * <p>A number is a time of day only where the text is about meeting (a call, a standup, a visio
 * within a few words) and it reads as one: after "at", "à", "from", "ב-"; before a zone; with am or
 * pm; or written 10:00. So "2h de montage" (a duration), "24h delivery", "17.30 EUR", a date or a
 * version number are not times. A meeting with no end given is taken to last half an hour. A bare
 * hour from 1 to 6 ("a call at 3", "9 to 5") is in the afternoon.
 */
final class MeetingTimes {

  private static final int DEFAULT_MINUTES = 30;

  /** A bare hour up to this one, without am, pm, "h" or minutes, is in the afternoon. */
  private static final int AFTERNOON_UNTIL = 6;

  /** How far around a time, in characters, a word about meeting makes it a meeting time. */
  private static final int MEETING_WORDS_WITHIN = 100;

  private static final String TIME =
      "(?<hN>\\d{1,2})(?:(?<cN>:)(?<mN>\\d{2})|(?<fN>h)(?<gN>\\d{2})?)?"
          + "(?:\\s?(?<pN>[ap])\\.?m\\.?(?![a-z]))?";

  private static final Pattern TIMES =
      Pattern.compile(
          "(?<![\\d.,:/a-z]|\\d[-/.])"
              + TIME.replace("N", "1")
              + "(?:\\s*(?:-|–|—|to|until|till|a|au|jusqu'?a|עד)\\s*"
              + TIME.replace("N", "2")
              + ")?"
              + "(?![\\da-z%€$£]|[.,:/]\\d)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A word before a time that makes it one: "at 4pm", "à 9h", "ב-10:00". */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?:^|[\\s(])(?:at|around|about|from|starting|a|vers|des|de|entre|ב|מ|בשעה)[\\s-]*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** "de" says "from" only before a range; alone it says how long ("une visio de 2h"). */
  private static final Pattern BEFORE_ONLY_A_RANGE =
      Pattern.compile("(?:^|[\\s(])(?:de|entre|מ)[\\s-]*$", Pattern.CASE_INSENSITIVE);

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  /** Before a zone's first word, a bracket or a comma: "4pm (Paris time)". */
  private static final Pattern BEFORE_ZONE = Pattern.compile("[\\s,(]*");

  /** Between a zone's words, a space, a hyphen or an apostrophe: "heure d'Israel". */
  private static final Pattern IN_ZONE = Pattern.compile("\\s*['-]?\\s*");

  /** Words about meeting, folded as {@link Folding} folds: "calls" is "call". */
  private static final Set<String> MEETING_WORDS =
      Set.of(
          "call",
          "meeting",
          "meet",
          "standup",
          "stand",
          "sync",
          "session",
          "review",
          "demo",
          "live",
          "huddle",
          "kickoff",
          "workshop",
          "webinar",
          "class",
          "lesson",
          "zoom",
          "visio",
          "visioconference",
          "point",
          "reunion",
          "appel",
          "atelier",
          "webinaire",
          "cour",
          "permanence",
          "שיחה",
          "שיחות",
          "פגישה",
          "פגישות",
          "זום",
          "ישיבה");

  /** Words before a place that name its time: "heure de Paris", "שעון ישראל". */
  private static final Set<String> HOUR_WORDS = Set.of("heure", "heures", "שעון", "לפי");

  private static final Set<String> LINK_WORDS = Set.of("de", "d", "du", "des");

  /** Places and their zones, lower case and without accents, as people name a meeting's time. */
  private static final Map<String, ZoneId> PLACES = places();

  /** Zones written as capitals after a time: "9am ET". */
  private static final Map<String, ZoneId> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("ET", ZoneId.of("America/New_York")),
          Map.entry("EST", ZoneId.of("America/New_York")),
          Map.entry("EDT", ZoneId.of("America/New_York")),
          Map.entry("CT", ZoneId.of("America/Chicago")),
          Map.entry("CST", ZoneId.of("America/Chicago")),
          Map.entry("CDT", ZoneId.of("America/Chicago")),
          Map.entry("PT", ZoneId.of("America/Los_Angeles")),
          Map.entry("PST", ZoneId.of("America/Los_Angeles")),
          Map.entry("PDT", ZoneId.of("America/Los_Angeles")),
          Map.entry("CET", ZoneId.of("Europe/Paris")),
          Map.entry("CEST", ZoneId.of("Europe/Paris")),
          Map.entry("BST", ZoneId.of("Europe/London")),
          Map.entry("IDT", ZoneId.of("Asia/Jerusalem")),
          Map.entry("GMT", ZoneId.of("UTC")),
          Map.entry("UTC", ZoneId.of("UTC")));

  private MeetingTimes() {}

  /** The meeting times a text names, in the order it names them; {@code own} when it names none. */
  static List<MeetingTime> in(String text, ZoneId own) {
    String plain = Folding.withoutAccents(text);
    Set<MeetingTime> found = new LinkedHashSet<>();
    Matcher m = TIMES.matcher(plain);
    while (m.find()) {
      ZoneId zone = zoneAfter(plain, m.end());
      // Reading the words around is the dearer test, and most numbers ("6 weeks") fail the other.
      if (!readsAsTime(plain, m, zone != null) || !aboutMeeting(plain, m.start(), m.end())) {
        continue;
      }
      MeetingTime time = time(m, zone == null ? own : zone);
      if (time != null) {
        found.add(time);
      }
    }
    return List.copyOf(found);
  }

  private static boolean readsAsTime(String text, Matcher m, boolean zoned) {
    boolean range = m.group("h2") != null;
    String before = text.substring(Math.max(0, m.start() - 12), m.start());
    boolean preposition =
        BEFORE.matcher(before).find() && (range || !BEFORE_ONLY_A_RANGE.matcher(before).find());
    boolean clock = m.group("c1") != null || m.group("p1") != null || m.group("p2") != null;
    return zoned || preposition || clock;
  }

  private static MeetingTime time(Matcher m, ZoneId zone) {
    String firstHalf = m.group("p1");
    String secondHalf = m.group("p2");
    int endHour = m.group("h2") == null ? -1 : hour(m, "2", secondHalf);
    // "9-11am" and "2-4pm": the second half of the day said once counts for both times.
    int startHour = hour(m, "1", firstHalf);
    if (firstHalf == null && secondHalf != null) {
      int asSecond = hour(m, "1", secondHalf);
      startHour = asSecond >= 0 && asSecond <= endHour ? asSecond : startHour;
    }
    Integer startMinute = minute(m, "1");
    Integer endMinute = minute(m, "2");
    boolean range = m.group("h2") != null;
    if (startHour < 0 || startMinute == null || (range && (endHour < 0 || endMinute == null))) {
      return null;
    }
    LocalTime start = LocalTime.of(startHour, startMinute);
    LocalTime end =
        m.group("h2") == null
            ? start.plusMinutes(DEFAULT_MINUTES)
            : LocalTime.of(endHour, endMinute);
    return start.equals(end) ? null : new MeetingTime(start, end, zone);
  }

  /** The hour in 24-hour form, or -1 when it is none. */
  private static int hour(Matcher m, String n, String half) {
    int hour = Integer.parseInt(m.group("h" + n));
    if (half == null) {
      // A bare "at 3" or "9 to 5" in working hours is the afternoon: nobody meets at 3 a.m.
      boolean bare = m.group("c" + n) == null && m.group("f" + n) == null;
      return bare && hour >= 1 && hour <= AFTERNOON_UNTIL ? hour + 12 : hour <= 23 ? hour : -1;
    }
    if (hour < 1 || hour > 12) {
      return -1;
    }
    boolean pm = half.equalsIgnoreCase("p");
    return hour % 12 + (pm ? 12 : 0);
  }

  /** The minutes, or null when they are none. */
  private static Integer minute(Matcher m, String n) {
    String written = m.group("m" + n) != null ? m.group("m" + n) : m.group("g" + n);
    int minute = written == null ? 0 : Integer.parseInt(written);
    return minute < 60 ? minute : null;
  }

  private static boolean aboutMeeting(String text, int start, int end) {
    String around =
        text.substring(
            Math.max(0, start - MEETING_WORDS_WITHIN),
            Math.min(text.length(), end + MEETING_WORDS_WITHIN));
    for (Folding.Token token : Folding.tokens(around)) {
      String word = token.word();
      if (MEETING_WORDS.contains(word)
          || Folding.withoutHebrewPrefixes(word).stream().anyMatch(MEETING_WORDS::contains)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The zone named right after a time: "Paris time", "(heure de Paris)", "שעון ישראל", "ET"; or
   * null.
   */
  private static ZoneId zoneAfter(String text, int from) {
    String rest = text.substring(from, Math.min(text.length(), from + 60));
    List<String> raw = new ArrayList<>();
    Matcher words = WORD.matcher(rest);
    int end = 0;
    while (words.find() && raw.size() < 6) {
      String gap = rest.substring(end, words.start());
      if (!(raw.isEmpty() ? BEFORE_ZONE : IN_ZONE).matcher(gap).matches()) {
        break;
      }
      raw.add(words.group());
      end = words.end();
    }
    if (raw.isEmpty()) {
      return null;
    }
    ZoneId abbreviation = ABBREVIATIONS.get(raw.get(0));
    if (abbreviation != null) {
      return abbreviation;
    }
    List<String> lower = raw.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    int at = 0;
    if (HOUR_WORDS.contains(lower.get(0))) {
      at = 1;
      while (at < lower.size() && HOUR_WORDS.contains(lower.get(at))) {
        at++;
      }
      if (at < lower.size() && LINK_WORDS.contains(lower.get(at))) {
        at++;
      }
      int length = placeAt(lower, at);
      return length == 0 ? null : PLACES.get(phrase(lower, at, length));
    }
    int length = placeAt(lower, 0);
    boolean thenTime = length > 0 && length < lower.size() && lower.get(length).equals("time");
    return thenTime ? PLACES.get(phrase(lower, 0, length)) : null;
  }

  /** How many words from {@code at} name a place, longest first; 0 when none. */
  private static int placeAt(List<String> words, int at) {
    for (int length = Math.min(3, words.size() - at); length >= 1; length--) {
      if (PLACES.containsKey(phrase(words, at, length))) {
        return length;
      }
    }
    return 0;
  }

  private static String phrase(List<String> words, int at, int length) {
    return String.join(" ", words.subList(at, at + length));
  }

  private static Map<String, ZoneId> places() {
    Map<String, String> names =
        Map.ofEntries(
            Map.entry("Europe/Paris", "paris, france, french, francaise, lyon"),
            Map.entry(
                "Europe/London",
                "london, uk, british, england, britannique, londres, anglaise, gmt, בריטניה"),
            Map.entry("Europe/Berlin", "berlin, germany, german, allemande, allemagne"),
            Map.entry("Europe/Madrid", "madrid, spain, barcelona, espagne"),
            Map.entry("Europe/Amsterdam", "amsterdam, netherlands, dutch"),
            Map.entry("Europe/Brussels", "brussels, bruxelles, belgique, belge"),
            Map.entry("Europe/Lisbon", "lisbon, lisbonne, portugal"),
            Map.entry(
                "Asia/Jerusalem",
                "israel, israeli, tel aviv, jerusalem, israelienne, ישראל, ישראלי, תל אביב"),
            Map.entry(
                "America/New_York",
                "new york, nyc, ny, boston, eastern, east coast, us eastern, new-york, ניו יורק"),
            Map.entry("America/Toronto", "montreal, toronto, quebec, ottawa, montréal"),
            Map.entry("America/Chicago", "chicago, central, austin, dallas"),
            Map.entry(
                "America/Los_Angeles",
                "los angeles, san francisco, sf, seattle, pacific, west coast, california"),
            Map.entry("Asia/Tokyo", "tokyo, japan, japon"),
            Map.entry("Asia/Kolkata", "india, indian, bangalore, mumbai, inde"),
            Map.entry("Asia/Singapore", "singapore, singapour"),
            Map.entry("Asia/Dubai", "dubai, uae"),
            Map.entry("Australia/Sydney", "sydney, melbourne"),
            Map.entry("UTC", "utc"));
    Map<String, ZoneId> places = new HashMap<>();
    names.forEach(
        (zone, list) -> {
          for (String name : list.split(", ")) {
            places.put(Folding.withoutAccents(name), ZoneId.of(zone));
          }
        });
    return Map.copyOf(places);
  }
}
