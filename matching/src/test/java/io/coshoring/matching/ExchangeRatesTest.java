package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExchangeRatesTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency ILS = Currency.getInstance("ILS");

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "USD", "GBP", "ILS", "CHF", "CAD", "INR", "JPY", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK",
        "BRL", "MXN", "SGD", "HKD", "NZD", "ZAR", "CNY", "AED", "RON", "HUF"
      })
  void theShippedRatesKnowTheCurrenciesMembersPayIn(String code) {
    assertTrue(
        ExchangeRates.standard()
            .convert(BigDecimal.TEN, Currency.getInstance(code), EUR)
            .isPresent(),
        code);
  }

  @Test
  void theShippedRatesAreOfTheirSourcesDay() {
    assertEquals(LocalDate.of(2026, 9, 29), ExchangeRates.standard().date());
  }

  @ParameterizedTest
  @CsvSource({
    "100, EUR, USD, 113.61",
    "90, USD, EUR, 79.22",
    "100, USD, ILS, 307.37",
    "1000, ILS, EUR, 286.37",
    "1000, ILS, USD, 325.34",
    "42, ILS, ILS, 42.00"
  })
  void convertsThroughTheEuro(String amount, String from, String to, String expected) {
    BigDecimal converted =
        ExchangeRates.standard()
            .convert(new BigDecimal(amount), Currency.getInstance(from), Currency.getInstance(to))
            .orElseThrow();

    assertEquals(new BigDecimal(expected), converted.setScale(2, RoundingMode.HALF_UP));
  }

  @Test
  void aCurrencyWithoutARateIsNotConverted() {
    Currency baht = Currency.getInstance("THB");

    assertEquals(Optional.empty(), ExchangeRates.standard().convert(BigDecimal.TEN, baht, EUR));
    assertEquals(Optional.empty(), ExchangeRates.standard().convert(BigDecimal.TEN, USD, baht));
    assertEquals(
        Optional.of(BigDecimal.TEN), ExchangeRates.standard().convert(BigDecimal.TEN, baht, baht));
  }

  @Test
  void aReplacementFileIsReadWithItsDate() throws IOException {
    Path file = write("# ECB reference rates\n@date 2026-11-20\n\nUSD 1.05\nILS 3.9\n");

    ExchangeRates rates = ExchangeRates.read(file);

    assertEquals(LocalDate.of(2026, 11, 20), rates.date());
    assertEquals(
        new BigDecimal("390.0"),
        rates.convert(new BigDecimal("105"), USD, ILS).orElseThrow().setScale(1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "@date 2026-11-20\\nUSD 1.05\\nUSD: 1.06 | :3: 'USD: 1.06' is not a currency and its units"
            + " for 1 EUR, as in 'USD 1.13607'",
        "@date 2026-11-20\\nUSD 1,05 | :2: 'USD 1,05' is not a currency and its units",
        "@date 2026-11-20\\nUSD 1.05\\nUSD 1.06 | :3: USD is given twice (first on line 2)",
        "@date 2026-11-20\\nXYZ 1.05 | :2: XYZ is not an ISO 4217 currency code",
        "@date 2026-11-20\\nUSD 0 | :2: USD has a rate of 0",
        "@date 2026-11-20\\nEUR 1.05 | :2: 1 EUR is 1 EUR, not 1.05",
        "@date 20/11/2026\\nUSD 1.05 | :1: '20/11/2026' is not a date written YYYY-MM-DD",
        "@date 2026-11-20\\n@date 2026-11-21\\nUSD 1.05 | :2: the date is given twice",
        "USD 1.05\\n# no date | : no '@date YYYY-MM-DD' line says which day the rates are of",
        "@date 2026-11-20\\nEUR 1 | : no currency has a rate"
      })
  void aBadFileIsRefusedNamingTheLine(String content, String problem) throws IOException {
    Path file = write(content.replace("\\n", "\n"));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ExchangeRates.read(file));

    assertTrue(e.getMessage().startsWith(file + problem.strip()), e.getMessage());
  }

  private Path write(String content) throws IOException {
    return Files.writeString(folder.resolve("rates.txt"), content);
  }
}
