package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceTest {

  @ParameterizedTest
  @CsvSource({
    "60 EUR/hour, 60 EUR/hour",
    "60eur/h, 60 EUR/hour",
    "450€/jour, 450 EUR/day",
    "€ 450 / day, 450 EUR/day",
    "5k ILS, 5000 ILS/project",
    "'72,50 USD/hr', 72.5 USD/hour",
    "3000 GBP/projet, 3000 GBP/project",
    "2000 EUR/week, 2000 EUR/week",
    "2000€/wk, 2000 EUR/week",
    "1800 EUR/semaine, 1800 EUR/week",
    "1800 EUR/sem, 1800 EUR/week",
    "3000 EUR/fixed, 3000 EUR/project",
    "3k€/forfait, 3000 EUR/project",
    "'1 500,50 €/jour', 1500.5 EUR/day",
    "'1\u202F500 €', 1500 EUR/project",
    "'1,500.50 USD/day', 1500.5 USD/day",
    "'1.500,50 EUR', 1500.5 EUR/project",
    "'12 000 ILS', 12000 ILS/project",
    "'1,500 GBP', 1500 GBP/project",
    "'2''400 CHF/week', 2400 CHF/week",
    "60 ₪/שעה, 60 ILS/hour",
    "'450 ₪ / ליום', 450 ILS/day",
    "2000 ILS/שבוע, 2000 ILS/week",
    "3000₪/פרויקט, 3000 ILS/project"
  })
  void readsPricesAsMembersWriteThem(String text, String expected) {
    assertEquals(expected, Price.parse(PostKind.OFFER, text).toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "60 | PRICE_NO_CURRENCY | budget: '60' has no currency",
        "60/hour | PRICE_NO_CURRENCY | budget: '60/hour' has no currency",
        "60 XYZ/hour | CURRENCY_UNKNOWN | budget: 'XYZ' is not a currency code",
        "60 EUR/month | UNIT_UNKNOWN | budget: 'month' is not a unit; use hour, day, week or project",
        "sixty euros | PRICE_NOT_A_PRICE | budget: 'sixty euros' is not a price",
        "0 EUR | PRICE_OUT_OF_RANGE | budget: must be more than 0 and at most 1000000000"
      })
  void refusesBadPricesNamingTheField(String text, Problem problem, String message) {
    InvalidPostException e =
        assertThrows(InvalidPostException.class, () -> Price.parse(PostKind.DEMAND, text));

    assertEquals(Field.BUDGET, e.field());
    assertEquals(problem, e.problem());
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void namesAnOffersPriceItsRate() {
    assertEquals(
        Field.RATE,
        assertThrows(InvalidPostException.class, () -> Price.parse(PostKind.OFFER, "")).field());
  }
}
