package io.coshoring.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference exchange rates of one day, as units of each currency for 1 EUR: enough to tell whether
 * a rate in dollars fits a budget in euros, not to pay anyone. Read from a text file whose lines
 * are {@code @date 2026-09-29} once, then {@code USD 1.13607} per currency; {@code #} starts a
 * comment. The shipped file, {@code money/eur-rates.txt} beside this class, says where its rates
 * come from.
 */
public final class ExchangeRates {

  private static final String SHIPPED = "money/eur-rates.txt";
  private static final Currency EURO = Currency.getInstance("EUR");
  private static final Pattern RATE = Pattern.compile("([A-Z]{3})\\s+(\\d+(?:\\.\\d+)?)");
  private static final String DATE = "@date";

  private final LocalDate date;
  private final Map<Currency, BigDecimal> perEuro;

  private ExchangeRates(LocalDate date, Map<Currency, BigDecimal> perEuro) {
    this.date = date;
    this.perEuro = Map.copyOf(perEuro);
  }

  /** The rates shipped with coshoring; read once. */
  public static ExchangeRates standard() {
    return Shipped.RATES;
  }

  /**
   * The rates of a file in the shipped file's format.
   *
   * @throws IllegalArgumentException when a line is malformed, naming the file and the line
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ExchangeRates read(Path file) {
    try {
      return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the exchange rates in " + file, e);
    }
  }

  /** The day the rates are of. */
  public LocalDate date() {
    return date;
  }

  /**
   * The amount in another currency, at these rates; empty when either currency has no rate here, as
   * it is then not compared.
   */
  Optional<BigDecimal> convert(BigDecimal amount, Currency from, Currency to) {
    if (from.equals(to)) {
      return Optional.of(amount);
    }
    BigDecimal fromRate = perEuro.get(from);
    BigDecimal toRate = perEuro.get(to);
    if (fromRate == null || toRate == null) {
      return Optional.empty();
    }
    return Optional.of(amount.multiply(toRate).divide(fromRate, MathContext.DECIMAL64));
  }

  static ExchangeRates parse(String source, List<String> lines) {
    LocalDate date = null;
    Map<Currency, BigDecimal> perEuro = new HashMap<>();
    Map<Currency, Integer> lineOf = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      String where = source + ":" + (i + 1) + ": ";
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith(DATE)) {
        if (date != null) {
          throw new IllegalArgumentException(where + "the date is given twice");
        }
        date = date(where, line.substring(DATE.length()).strip());
        continue;
      }
      Matcher m = RATE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            where
                + "'"
                + line
                + "' is not a currency and its units for 1 EUR, as in 'USD 1.13607'");
      }
      Currency currency = currency(where, m.group(1));
      BigDecimal rate = new BigDecimal(m.group(2));
      if (rate.signum() == 0) {
        throw new IllegalArgumentException(where + currency + " has a rate of 0");
      }
      if (currency.equals(EURO) && rate.compareTo(BigDecimal.ONE) != 0) {
        throw new IllegalArgumentException(where + "1 EUR is 1 EUR, not " + rate);
      }
      Integer first = lineOf.putIfAbsent(currency, i + 1);
      if (first != null) {
        throw new IllegalArgumentException(
            where + currency + " is given twice (first on line " + first + ")");
      }
      perEuro.put(currency, rate);
    }
    if (date == null) {
      throw new IllegalArgumentException(
          source + ": no '@date YYYY-MM-DD' line says which day the rates are of");
    }
    perEuro.put(EURO, BigDecimal.ONE);
    if (perEuro.size() == 1) {
      throw new IllegalArgumentException(source + ": no currency has a rate");
    }
    return new ExchangeRates(date, perEuro);
  }

  private static LocalDate date(String where, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          where + "'" + text + "' is not a date written YYYY-MM-DD, as in '@date 2026-09-29'");
    }
  }

  private static Currency currency(String where, String code) {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + code + " is not an ISO 4217 currency code");
    }
  }

  /** The shipped rates, read when first asked for. */
  private static final class Shipped {
    static final ExchangeRates RATES = load();

    private static ExchangeRates load() {
      try (InputStream in = ExchangeRates.class.getResourceAsStream(SHIPPED)) {
        if (in == null) {
          throw new IllegalStateException("exchange rates file missing: " + SHIPPED);
        }
        return parse(
            SHIPPED, new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + SHIPPED, e);
      }
    }
  }
}
