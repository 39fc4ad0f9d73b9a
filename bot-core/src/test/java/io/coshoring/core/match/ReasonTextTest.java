package io.coshoring.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.matching.Reason;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reason the engine gives, written in each reader's language. */
class ReasonTextTest {

  private static final String ISOLATE = "\u2068";
  private static final String END = "\u2069";

  private static final Reason OVER_BUDGET =
      new Reason(
          "rateAgainstBudget",
          values(
              "rate", money("1530", "USD", "day"),
              "converted", money("1350", "EUR", "day"),
              "conversion", "sameUnit",
              "against", "above",
              "budget", money("1000", "EUR", "day")));

  private static final Reason SHARED_HOURS =
      new Reason(
          "sharedHours",
          values(
              "sharedMinutes", 150L,
              "zones", "apart",
              "demandZone", "Asia/Jerusalem",
              "offerZone", "Europe/Paris"));

  private static final Reason ON_SITE = new Reason("onSite", Map.of("city", "Lyon"));

  private static final Reason LANGUAGES =
      new Reason("bothSpeak", Map.of("languages", List.of("en", "fr")));

  @Test
  void moneyIsWrittenInTheReadersLocale() {
    assertEquals(
        "rate $1,530/day ≈ €1,350/day, above the €1,000/day budget",
        in(Language.ENGLISH, OVER_BUDGET));
    String french = in(Language.FRENCH, OVER_BUDGET);
    // French groups thousands with a narrow no-break space and puts the euro sign after.
    assertTrue(
        french.matches(
            "tarif de 1\\h530\\h\\$US/jour ≈ 1\\h350\\h€/jour, au-dessus du budget de 1\\h000\\h€/jour"),
        french);
    String hebrew = in(Language.HEBREW, OVER_BUDGET);
    assertTrue(hebrew.startsWith("תעריף של ") && hebrew.contains("מעל התקציב"), hebrew);
    assertTrue(hebrew.contains("1,350") && hebrew.contains("ליום"), hebrew);
  }

  @Test
  void hoursAreWrittenEachLanguagesWayAndZonesAsTheirCities() {
    assertEquals(
        "2 h 30 min of shared working hours (Jerusalem and Paris)",
        in(Language.ENGLISH, SHARED_HOURS));
    assertEquals(
        "2 h 30 min de plage horaire commune (Jérusalem et Paris)",
        in(Language.FRENCH, SHARED_HOURS));
    String hebrew = in(Language.HEBREW, SHARED_HOURS);
    // Hebrew has a word for two hours.
    assertTrue(hebrew.contains("שעתיים ו־30 דקות"), hebrew);
    assertTrue(hebrew.contains("ירושלים") && hebrew.contains("פריז"), hebrew);
  }

  @Test
  void languagesAreNamedInTheReadersLanguage() {
    assertEquals("both speak English and French", in(Language.ENGLISH, LANGUAGES));
    assertEquals("langues en commun : anglais et français", in(Language.FRENCH, LANGUAGES));
    assertTrue(in(Language.HEBREW, LANGUAGES).contains("אנגלית"), in(Language.HEBREW, LANGUAGES));
  }

  @Test
  void aLatinCityIsSetApartInHebrewAndWhatAMemberWroteStaysLiteral() {
    assertTrue(in(Language.HEBREW, ON_SITE).contains(ISOLATE + "Lyon" + END));
    assertEquals("sur place à Lyon", in(Language.FRENCH, ON_SITE));
    assertEquals(
        "on-site in \\*Lyon\\*",
        in(Language.ENGLISH, new Reason("onSite", Map.of("city", "*Lyon*"))));
  }

  private static String in(Language language, Reason reason) {
    return new ReasonText(Phrasebook.standard().in(language)).of(reason);
  }

  private static Map<String, Object> money(String amount, String currency, String unit) {
    return Map.of("amount", new BigDecimal(amount), "currency", currency, "unit", unit);
  }

  private static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }
}
