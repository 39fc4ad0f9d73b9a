package io.coshoring.core.match;

import static io.coshoring.core.adapter.LightMarkup.literal;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A match's reason in the reader's words: the message {@code reason.<key>}, with each value written
 * the reader's way, as its name says it is (see {@link Reason}): languages and countries named in
 * the reader's language, money, dates and durations in their locale's form, a zone as its city.
 * What members wrote (a city, a raw tag, their words) is made literal, so that it never turns into
 * markup.
 */
final class ReasonText {

  private final Phrases phrases;
  private final ULocale locale;

  ReasonText(Phrases phrases) {
    this.phrases = phrases;
    this.locale = ULocale.forLocale(phrases.language().locale());
  }

  String of(Reason reason) {
    List<Object> namesAndValues = new ArrayList<>();
    reason
        .values()
        .forEach(
            (name, value) -> {
              namesAndValues.add(name);
              namesAndValues.add(written(name, value));
              if (value instanceof Map<?, ?> money && money.containsKey("currency")) {
                // The words may depend on a price's unit: "one day of it".
                namesAndValues.add(name + "Unit");
                namesAndValues.add(String.valueOf(money.get("unit")));
              }
            });
    return phrases.get("reason." + reason.key(), namesAndValues.toArray());
  }

  private Object written(String name, Object value) {
    if (value instanceof Number) {
      return name.endsWith("Minutes") ? duration(((Number) value).longValue()) : value;
    }
    if (value instanceof Map<?, ?> map) {
      return map.containsKey("currency") ? money(map) : credit(map);
    }
    if (value instanceof List<?> list) {
      if (name.endsWith("anguages")) {
        return listed(
            list, ListFormatter.Type.AND, code -> ULocale.getDisplayLanguage(code, locale));
      }
      if (name.equals("countries")) {
        return listed(list, ListFormatter.Type.OR, this::country);
      }
      if (name.endsWith("irections")) {
        return String.join(", ", list.stream().map(d -> direction(String.valueOf(d))).toList());
      }
      if (name.equals("credits")) {
        return String.join(", ", list.stream().map(c -> credit((Map<?, ?>) c)).toList());
      }
      if (name.equals("startsThere")) {
        return listed(list, ListFormatter.Type.OR, Function.identity());
      }
      return String.join(", ", list.stream().map(item -> literal(String.valueOf(item))).toList());
    }
    String text = String.valueOf(value);
    if (name.endsWith("Date")) {
      return date(LocalDate.parse(text));
    }
    if (name.endsWith("Zone")) {
      return place(text);
    }
    return literal(text);
  }

  private String listed(List<?> items, ListFormatter.Type type, Function<String, String> name) {
    List<String> names = items.stream().map(item -> name.apply(String.valueOf(item))).toList();
    return ListFormatter.getInstance(locale, type, ListFormatter.Width.WIDE).format(names);
  }

  private String country(String code) {
    return new ULocale.Builder().setRegion(code).build().getDisplayCountry(locale);
  }

  /** "en→fr", and "en↔fr" both ways, as the engine gives them. */
  private String direction(String written) {
    boolean both = written.contains("↔");
    String[] codes = written.split("[→↔]");
    return phrases.get(
        "reason.direction",
        "both",
        both ? "yes" : "no",
        "from",
        ULocale.getDisplayLanguage(codes[0], locale),
        "into",
        ULocale.getDisplayLanguage(codes[1], locale));
  }

  /** An offered skill and how it is related to the skill needed. */
  private String credit(Map<?, ?> credit) {
    String needed = literal(String.valueOf(credit.get("needed")));
    if (credit.get("shortForm") != null) {
      needed =
          phrases.get(
              "reason.neededFor",
              "skill",
              needed,
              "shortForm",
              literal(String.valueOf(credit.get("shortForm"))));
    }
    return phrases.get(
        "reason.credit",
        "skill",
        literal(String.valueOf(credit.get("skill"))),
        "relation",
        String.valueOf(credit.get("relation")),
        "needed",
        needed);
  }

  /** An amount in the reader's form, "1 350 €", without decimals when it has none, by its unit. */
  private String money(Map<?, ?> money) {
    BigDecimal amount = new BigDecimal(String.valueOf(money.get("amount")));
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(Currency.getInstance(String.valueOf(money.get("currency"))));
    if (amount.stripTrailingZeros().scale() <= 0) {
      format.setMinimumFractionDigits(0);
      format.setMaximumFractionDigits(0);
    }
    return phrases.get(
        "reason.money", "amount", format.format(amount), "unit", String.valueOf(money.get("unit")));
  }

  private String duration(long minutes) {
    return phrases.get("reason.duration", "hours", minutes / 60, "minutes", minutes % 60);
  }

  private String date(LocalDate date) {
    DateFormat format = DateFormat.getInstanceForSkeleton("yMMMd", locale);
    // The date is a day, not an instant: written as the day it is in UTC, where it was read.
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /** A zone as its city in the reader's language: "Paris", "ירושלים"; UTC as itself. */
  private String place(String zone) {
    String city =
        TimeZoneNames.getInstance(locale).getExemplarLocationName(TimeZone.getCanonicalID(zone));
    return city != null ? city : zone.substring(zone.lastIndexOf('/') + 1).replace('_', ' ');
  }
}
