package io.coshoring.matching;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How well an offer's rate fits a demand's budget, and why. The rate is converted into the budget's
 * currency (at the reference {@link ExchangeRates}) and unit (see {@link PriceUnit#HOURS_PER_DAY});
 * within the budget it fits fully, and over it the fit falls smoothly the further over it is. Far
 * over, the pair is unworkable whatever else suits, and the whole score is lowered as for a city or
 * a language the two do not share.
 */
final class PriceFit {

  /** A price that is not compared counts half, neither for nor against the pair. */
  static final Fit NOT_COMPARED = new Fit(0.5, 1);

  /**
   * @param points the share of the price weight the pair earns, in [0, 1]
   * @param factor what the whole score is multiplied by, in (0, 1]
   */
  record Fit(double points, double factor) {}

  private final ExchangeRates rates;
  private final MatchWeights weights;

  /** The curve's numbers are weights: {@code price.*} and {@code factor.far-over-budget}. */
  PriceFit(ExchangeRates rates, MatchWeights weights) {
    this.rates = rates;
    this.weights = weights;
  }

  /** The fit of the rate to the budget; not compared when either is missing. */
  Fit of(Price budget, Price rate, Reasons reasons) {
    if (budget == null || rate == null) {
      return NOT_COMPARED;
    }
    Optional<BigDecimal> inBudgetCurrency =
        rates.convert(rate.amount(), rate.currency(), budget.currency());
    if ((budget.unit() == PriceUnit.PROJECT) != (rate.unit() == PriceUnit.PROJECT)) {
      return fixedAgainstTime(budget, rate, inBudgetCurrency, reasons);
    }
    if (inBudgetCurrency.isEmpty()) {
      reasons.add(
          () ->
              Reason.of(
                  "noExchangeRate",
                  "rate",
                  Reason.money(rate),
                  "budgetCurrency",
                  budget.currency().getCurrencyCode()));
      return NOT_COMPARED;
    }
    BigDecimal converted = perUnit(inBudgetCurrency.get(), rate.unit(), budget.unit());
    double ratio = converted.doubleValue() / budget.amount().doubleValue();
    reasons.add(() -> compared(budget, rate, converted, ratio));
    return forRatio(ratio);
  }

  /**
   * The fit of a rate that is {@code ratio} times the budget, both in the same terms: half at
   * {@code price.half-fit-at} times the budget, falling as steeply as {@code price.steepness} says;
   * from {@code price.negotiable-up-to} times the whole score goes down in a straight line, to
   * {@code factor.far-over-budget} at {@code price.unworkable-from} times and beyond.
   */
  Fit forRatio(double ratio) {
    if (ratio <= 1) {
      return new Fit(1, 1);
    }
    double halfFitAt = weights.get(Weight.PRICE_HALF_FIT_AT);
    double negotiable = weights.get(Weight.PRICE_NEGOTIABLE_UP_TO);
    double unworkableFrom = weights.get(Weight.PRICE_UNWORKABLE_FROM);
    double points =
        1 / (1 + Math.pow((ratio - 1) / (halfFitAt - 1), weights.get(Weight.PRICE_STEEPNESS)));
    double unworkable =
        Math.min(1, Math.max(0, (ratio - negotiable) / (unworkableFrom - negotiable)));
    return new Fit(points, 1 - unworkable * (1 - weights.get(Weight.FACTOR_FAR_OVER_BUDGET)));
  }

  /** A price by one unit of time, by another: both are full-time work, as PriceUnit assumes. */
  private static BigDecimal perUnit(BigDecimal amount, PriceUnit from, PriceUnit to) {
    if (from == to) {
      return amount;
    }
    return amount
        .multiply(BigDecimal.valueOf(to.hours().orElseThrow()))
        .divide(BigDecimal.valueOf(from.hours().orElseThrow()), MathContext.DECIMAL64);
  }

  /**
   * The rate against the budget: {@code against} is {@code within}, {@code above} or {@code times}
   * ({@code ratio} times the budget); a rate in other terms than the budget's is given converted
   * too, rounded, and its {@code conversion} says what turning one unit of time into another took
   * for granted.
   */
  private Reason compared(Price budget, Price rate, BigDecimal converted, double ratio) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("rate", Reason.money(rate));
    boolean same = rate.currency().equals(budget.currency()) && rate.unit() == budget.unit();
    if (!same) {
      values.put(
          "converted",
          Reason.money(
              ConvertedAmount.rounded(converted),
              budget.currency().getCurrencyCode(),
              budget.unit()));
    }
    values.put("conversion", same ? "none" : conversion(rate.unit(), budget.unit()));
    if (ratio <= 1) {
      values.put("against", "within");
    } else if (ratio < weights.get(Weight.PRICE_NEGOTIABLE_UP_TO)) {
      values.put("against", "above");
    } else {
      values.put("against", "times");
      values.put("ratio", tenths(ratio));
    }
    values.put("budget", Reason.money(budget));
    return Reason.of("rateAgainstBudget", values);
  }

  private static double tenths(double ratio) {
    return Math.round(ratio * 10) / 10.0;
  }

  /**
   * What converting a rate took for granted: {@code sameUnit} when only the currency changed, else
   * {@code hoursPerDay}, {@code daysPerWeek} or {@code hoursPerWeek}, at {@link
   * PriceUnit#HOURS_PER_DAY} and {@link PriceUnit#DAYS_PER_WEEK}.
   */
  private static String conversion(PriceUnit from, PriceUnit to) {
    if (from == to) {
      return "sameUnit";
    }
    boolean hours = from == PriceUnit.HOUR || to == PriceUnit.HOUR;
    boolean weeks = from == PriceUnit.WEEK || to == PriceUnit.WEEK;
    if (hours && weeks) {
      return "hoursPerWeek";
    }
    return hours ? "hoursPerDay" : "daysPerWeek";
  }

  /**
   * How long the work takes is not known, so a fixed price and a rate by time are not compared; but
   * a rate one of whose units alone costs more than the whole fixed budget is over it whatever the
   * length: the work takes a day at the least of someone who charges by the day.
   */
  private Fit fixedAgainstTime(
      Price budget, Price rate, Optional<BigDecimal> inBudgetCurrency, Reasons reasons) {
    if (rate.unit() == PriceUnit.PROJECT) {
      reasons.add(
          () ->
              Reason.of(
                  "fixedPriceAgainstTimeBudget",
                  "price",
                  Reason.money(rate),
                  "budgetUnit",
                  budget.unit().label()));
      return NOT_COMPARED;
    }
    double ratio =
        inBudgetCurrency.map(one -> one.doubleValue() / budget.amount().doubleValue()).orElse(0.0);
    if (ratio <= 1) {
      reasons.add(
          () ->
              Reason.of(
                  "rateAgainstFixedBudget",
                  "rate",
                  Reason.money(rate),
                  "budget",
                  Reason.money(budget)));
      return NOT_COMPARED;
    }
    reasons.add(
        () ->
            Reason.of(
                "oneUnitOverFixedBudget",
                "rate",
                Reason.money(rate),
                "ratio",
                tenths(ratio),
                "budget",
                Reason.money(budget)));
    return forRatio(ratio);
  }
}
