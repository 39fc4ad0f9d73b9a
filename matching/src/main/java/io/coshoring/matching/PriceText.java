package io.coshoring.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;

/** How the price reasons write amounts: grouped by thousands, and rounded where converted. */
final class PriceText {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private PriceText() {}

  /** A price as its member wrote it: {@code 1,000 EUR/day}. */
  static String exact(Price price) {
    return money(price.amount(), price.currency()) + "/" + price.unit().label();
  }

  /** A fixed price without its unit, as in "fixed price 3,000 EUR". */
  static String fixed(Price price) {
    return money(price.amount(), price.currency());
  }

  /**
   * A converted price, rounded to what a day's reference rate is worth: whole units up to 1,000,
   * three significant digits above (1,347 is shown 1,350), two below 10.
   */
  static String approximate(BigDecimal amount, Currency currency, PriceUnit unit) {
    BigDecimal rounded =
        amount.compareTo(BigDecimal.TEN) < 0
            ? amount.round(new MathContext(2))
            : amount.compareTo(THOUSAND) < 0
                ? amount.setScale(0, RoundingMode.HALF_UP)
                : amount.round(new MathContext(3));
    return money(rounded, currency) + "/" + unit.label();
  }

  private static String money(BigDecimal amount, Currency currency) {
    // A new format each time: DecimalFormat is not thread-safe, and reasons are few.
    DecimalFormat grouped =
        new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    return grouped.format(amount) + " " + currency.getCurrencyCode();
  }
}
