package io.coshoring.matching;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One reason a pair was matched, as data rather than words, so that each member reads it in their
 * own language: what kind of reason it is ({@code sharedSkills}), and the values it names.
 *
 * <p>Values are plain data that survive being written as JSON and read back: numbers; strings (a
 * city or a raw tag a member wrote, a skill, a two-letter language code, an ISO country code, a
 * zone id, an ISO date, or a keyword the words are chosen by, such as {@code within}); lists of
 * those; and maps for money ({@link #money}) and for a skill close to a needed one ({@code credit},
 * {@code credits}). A value's name says what it is, for the reader's words to write it: {@code
 * *Minutes} is a duration in minutes, {@code *Date} an ISO date, {@code *Zone} a zone id, {@code
 * *anguages} language codes, {@code countries} country codes, {@code *irections} translation
 * directions ("en→fr", "en↔fr" both ways), {@code startsThere} times of day.
 */
public record Reason(String key, Map<String, Object> values) {

  /**
   * Every kind of reason the engine gives. Whoever writes reasons for members needs words for each
   * one, and a test there checks that it has them; the engine cannot give a reason not listed here.
   */
  public static final Set<String> KEYS =
      Set.of(
          "asyncFriendly",
          "noSharedHours",
          "sharedHours",
          "sharedHoursVarying",
          "freeLater",
          "available",
          "notAvailable",
          "notAvailableUntil",
          "partlyAvailable",
          "sharedSkills",
          "closeSkills",
          "suggested",
          "rateAgainstBudget",
          "noExchangeRate",
          "fixedPriceAgainstTimeBudget",
          "rateAgainstFixedBudget",
          "oneUnitOverFixedBudget",
          "remoteBothInCity",
          "onSite",
          "remoteThoughPresenceAsked",
          "remote",
          "placesApart",
          "noCommonLanguage",
          "bothSpeak",
          "speaksAsAsked",
          "notSaidToSpeak",
          "notSaidToWorkIn",
          "worksIn",
          "translates",
          "translatesOtherWay",
          "meetingWithin",
          "meetingOutside",
          "meetingPartly");

  public Reason {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A reason with its values given as name, value, name, value... */
  static Reason of(String key, Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return of(key, values);
  }

  /** A reason the engine gives: one of {@link #KEYS}. */
  static Reason of(String key, Map<String, Object> values) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException(key + " is not in Reason.KEYS: list it there");
    }
    return new Reason(key, values);
  }

  /**
   * An amount of money per unit ({@code hour}, {@code day}, {@code week}, {@code project}), the
   * amount written without an exponent: 3000, not 3E+3.
   */
  static Map<String, Object> money(BigDecimal amount, String currency, PriceUnit unit) {
    BigDecimal plain = amount.stripTrailingZeros();
    Map<String, Object> money = new LinkedHashMap<>();
    money.put("amount", plain.scale() < 0 ? plain.setScale(0) : plain);
    money.put("currency", currency);
    money.put("unit", unit.label());
    return Collections.unmodifiableMap(money);
  }

  static Map<String, Object> money(Price price) {
    return money(price.amount(), price.currency().getCurrencyCode(), price.unit());
  }

  /** A zone as its id: {@code Europe/Paris}, and {@code UTC} rather than {@code Z}. */
  static String zone(ZoneId zone) {
    return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  @Override
  public String toString() {
    return key + values;
  }
}
