package io.coshoring.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How the price reasons give a converted amount: rounded to what a reference rate is worth. */
final class ConvertedAmount {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private ConvertedAmount() {}

  /**
   * A converted amount, rounded to what a day's reference rate is worth: whole units up to 1,000,
   * three significant digits above (1,347 is shown 1,350), two below 10.
   */
  static BigDecimal rounded(BigDecimal amount) {
    return amount.compareTo(BigDecimal.TEN) < 0
        ? amount.round(new MathContext(2))
        : amount.compareTo(THOUSAND) < 0
            ? amount.setScale(0, RoundingMode.HALF_UP)
            : amount.round(new MathContext(3));
  }
}
