package io.coshoring.core.language;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.TimeZone;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** The bot's texts in one language. */
public final class Phrases {

  /** First strong isolate and pop directional isolate: a run of text that keeps its direction. */
  private static final char ISOLATE = '\u2068';

  private static final char END_ISOLATE = '\u2069';

  private final Phrasebook book;
  private final Language language;

  Phrases(Phrasebook book, Language language) {
    this.book = book;
    this.language = language;
  }

  public Language language() {
    return language;
  }

  /**
   * The message {@code key} with its named values, given as name, value, name, value... Text values
   * (names, skills, amounts, anything a member wrote) are set apart as runs of their own direction
   * in a right-to-left language, or when they hold right-to-left letters themselves, so that a
   * Latin name in Hebrew, or a Hebrew name in French, neither flips nor drags the punctuation
   * around it.
   */
  public String get(String key, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(key + ": values come in name and value pairs");
    }
    Phrasebook.Message message = book.message(language, key);
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = (String) namesAndValues[i];
      Object value = namesAndValues[i + 1];
      values.put(name, message.selectors().contains(name) ? value : isolated(value));
    }
    MessageFormat format = message.format();
    // ICU's formats are not safe to share between threads while formatting.
    synchronized (format) {
      return format.format(values);
    }
  }

  /** How long ago something happened, as "3 min ago" or "2 days ago" say it. */
  public String ago(Instant then, Instant now) {
    Duration since = Duration.between(then, now);
    if (since.toMinutes() < 1) {
      return get("time.ago", "unit", "now", "count", 0);
    }
    if (since.toHours() < 1) {
      return get("time.ago", "unit", "minutes", "count", since.toMinutes());
    }
    if (since.toDays() < 1) {
      return get("time.ago", "unit", "hours", "count", since.toHours());
    }
    return get("time.ago", "unit", "days", "count", since.toDays());
  }

  /** A day as the language writes it short, without the year: "Mar 3", "3 mars", "3 במרץ". */
  public String dayAndMonth(LocalDate day) {
    DateFormat format = DateFormat.getInstanceForSkeleton("MMMd", language.locale());
    // The day is a calendar date: formatted at its own midnight, whatever the server's zone.
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  private Object isolated(Object value) {
    if (!(value instanceof CharSequence)) {
      return value;
    }
    String text = value.toString();
    if (text.isEmpty()) {
      return text;
    }
    char[] chars = text.toCharArray();
    if (language.rightToLeft() || Bidi.requiresBidi(chars, 0, chars.length)) {
      return ISOLATE + text + END_ISOLATE;
    }
    return text;
  }
}
