package io.coshoring.matching;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate (on an offer) or a budget (on a demand): an amount of a currency per hour, day, week or
 * project.
 */
public record Price(BigDecimal amount, Currency currency, PriceUnit unit) {

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
  private static final Map<String, String> SYMBOLS =
      Map.of("€", "EUR", "$", "USD", "£", "GBP", "₪", "ILS");
  private static final Pattern FORMAT =
      Pattern.compile(
          "([€$£₪])?\\s*(\\d{1,3}(?:[ \u00A0\u202F.,']\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)"
              + "\\s*(k)?\\s*([€$£₪]|[A-Za-z]{3})?\\s*(?:/\\s*(\\p{L}+))?");

  /**
   * An amount as people write it in English or French: {@code 1500}, {@code 1,500.50}, {@code 1
   * 500,50} (spaces, no-break spaces, dots, commas or apostrophes between thousands), {@code
   * 72,50}. A separator before exactly three digits groups thousands; one before one or two ends
   * the amount's whole part.
   */
  private static BigDecimal amount(String written) {
    String digits = written;
    String decimals = "";
    int last = Math.max(written.lastIndexOf('.'), written.lastIndexOf(','));
    if (last >= 0 && written.length() - last - 1 <= 2) {
      digits = written.substring(0, last);
      decimals = "." + written.substring(last + 1);
    }
    return new BigDecimal(digits.replaceAll("[^0-9]", "") + decimals);
  }

  public Price {
    if (amount == null || currency == null || unit == null) {
      throw new IllegalArgumentException("amount, currency and unit are required");
    }
  }

  /**
   * Reads a price as members write it: {@code 60 EUR/hour}, {@code 450€/day}, {@code 2000
   * EUR/week}, {@code 5k ILS}. No unit, {@code /fixed} or {@code /forfait} mean a fixed price for
   * the project.
   *
   * @param kind whose price it is, to name it in an error: an offer's rate or a demand's budget
   */
  public static Price parse(PostKind kind, String text) {
    Field field = kind == PostKind.OFFER ? Field.RATE : Field.BUDGET;
    if (text == null || text.isBlank()) {
      throw new InvalidPostException(field, Problem.PRICE_EMPTY);
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new InvalidPostException(field, text.strip(), Problem.PRICE_NOT_A_PRICE);
    }
    String symbol = m.group(1) != null ? m.group(1) : m.group(4);
    if (symbol == null) {
      throw new InvalidPostException(field, text.strip(), Problem.PRICE_NO_CURRENCY);
    }
    BigDecimal amount = amount(m.group(2));
    if (m.group(3) != null) {
      amount = amount.multiply(BigDecimal.valueOf(1000));
    }
    if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0) {
      throw new InvalidPostException(field, Problem.PRICE_OUT_OF_RANGE, "max", MAX_AMOUNT);
    }
    PriceUnit unit = m.group(5) == null ? PriceUnit.PROJECT : PriceUnit.parse(field, m.group(5));
    return new Price(amount.stripTrailingZeros(), currency(field, symbol), unit);
  }

  private static Currency currency(Field field, String code) {
    String iso = SYMBOLS.getOrDefault(code, code.toUpperCase(Locale.ROOT));
    try {
      return Currency.getInstance(iso);
    } catch (IllegalArgumentException e) {
      throw new InvalidPostException(field, code, Problem.CURRENCY_UNKNOWN);
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode() + "/" + unit.label();
  }
}
