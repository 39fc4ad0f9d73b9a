package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    "'2''400 CHF/week', 2400 CHF/week"
  })
  void readsPricesAsMembersWriteThem(String text, String expected) {
    assertEquals(expected, Price.parse("rate", text).toString());
  }

  @ParameterizedTest
  @CsvSource({
    "60, has no currency",
    "60/hour, has no currency",
    "60 XYZ/hour, is not a currency code",
    "60 EUR/month, is not a unit; use hour, day, week or project",
    "sixty euros, is not a price",
    "0 EUR, must be more than 0"
  })
  void refusesBadPricesNamingTheField(String text, String problem) {
    InvalidPostException e =
        assertThrows(InvalidPostException.class, () -> Price.parse("budget", text));

    assertEquals("budget", e.field());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }
}
