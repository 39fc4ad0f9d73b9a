package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriceFitTest {

  private final MatchWeights weights = MatchWeights.standard();
  private final PriceFit fit = new PriceFit(ExchangeRates.standard(), weights);

  @Test
  void withinTheBudgetTheFitIsFull() {
    assertEquals(new PriceFit.Fit(1, 1), fit.forRatio(0.4));
    assertEquals(new PriceFit.Fit(1, 1), fit.forRatio(1));
  }

  @Test
  void overTheBudgetTheFitKeepsFallingTheFurtherOverItIs() {
    PriceFit.Fit previous = fit.forRatio(1);
    for (double ratio = 1.01; ratio <= 6; ratio += 0.01) {
      PriceFit.Fit next = fit.forRatio(ratio);
      assertTrue(next.points() < previous.points(), "points at " + ratio);
      assertTrue(next.factor() <= previous.factor(), "factor at " + ratio);
      assertTrue(next.points() > 0 && next.factor() > 0, "still positive at " + ratio);
      previous = next;
    }
  }

  @Test
  void aQuarterOverIsFairTwiceIsPoorAndThreeTimesIsUnworkable() {
    assertTrue(fit.forRatio(1.25).points() > 0.6);
    assertEquals(1, fit.forRatio(1.25).factor());
    assertTrue(fit.forRatio(2).points() < 0.2);
    assertTrue(fit.forRatio(3).points() < 0.05);
    assertEquals(weights.get(Weight.FACTOR_FAR_OVER_BUDGET), fit.forRatio(3).factor());
    assertTrue(weights.get(Weight.FACTOR_FAR_OVER_BUDGET) < 1);
  }

  /** Each row: the rate, the budget, and the reason as its key and values print. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "60 EUR/hour | 70 EUR/hour | rateAgainstBudget{rate={amount=60, currency=EUR, unit=hour}, conversion=none, against=within, budget={amount=70, currency=EUR, unit=hour}}",
        "90 USD/hour | 100 EUR/hour | rateAgainstBudget{rate={amount=90, currency=USD, unit=hour}, converted={amount=79, currency=EUR, unit=hour}, conversion=sameUnit, against=within, budget={amount=100, currency=EUR, unit=hour}}",
        "1530 USD/day | 1000 EUR/day | rateAgainstBudget{rate={amount=1530, currency=USD, unit=day}, converted={amount=1350, currency=EUR, unit=day}, conversion=sameUnit, against=above, budget={amount=1000, currency=EUR, unit=day}}",
        "500 ILS/hour | 50 EUR/hour | rateAgainstBudget{rate={amount=500, currency=ILS, unit=hour}, converted={amount=143, currency=EUR, unit=hour}, conversion=sameUnit, against=times, ratio=2.9, budget={amount=50, currency=EUR, unit=hour}}",
        "1000 JPY/hour | 10 EUR/hour | rateAgainstBudget{rate={amount=1000, currency=JPY, unit=hour}, converted={amount=5.6, currency=EUR, unit=hour}, conversion=sameUnit, against=within, budget={amount=10, currency=EUR, unit=hour}}",
        "1000 USD/day | 3000 ILS/day | rateAgainstBudget{rate={amount=1000, currency=USD, unit=day}, converted={amount=3070, currency=ILS, unit=day}, conversion=sameUnit, against=above, budget={amount=3000, currency=ILS, unit=day}}",
        "60 EUR/hour | 400 EUR/day | rateAgainstBudget{rate={amount=60, currency=EUR, unit=hour}, converted={amount=480, currency=EUR, unit=day}, conversion=hoursPerDay, against=above, budget={amount=400, currency=EUR, unit=day}}",
        "500 EUR/day | 70 EUR/hour | rateAgainstBudget{rate={amount=500, currency=EUR, unit=day}, converted={amount=63, currency=EUR, unit=hour}, conversion=hoursPerDay, against=within, budget={amount=70, currency=EUR, unit=hour}}",
        "2000 EUR/week | 450 EUR/day | rateAgainstBudget{rate={amount=2000, currency=EUR, unit=week}, converted={amount=400, currency=EUR, unit=day}, conversion=daysPerWeek, against=within, budget={amount=450, currency=EUR, unit=day}}",
        "50 EUR/hour | 2000 EUR/week | rateAgainstBudget{rate={amount=50, currency=EUR, unit=hour}, converted={amount=2000, currency=EUR, unit=week}, conversion=hoursPerWeek, against=within, budget={amount=2000, currency=EUR, unit=week}}",
        "2500 USD/week | 60 EUR/hour | rateAgainstBudget{rate={amount=2500, currency=USD, unit=week}, converted={amount=55, currency=EUR, unit=hour}, conversion=hoursPerWeek, against=within, budget={amount=60, currency=EUR, unit=hour}}",
        "3500 USD/fixed | 3000 EUR | rateAgainstBudget{rate={amount=3500, currency=USD, unit=project}, converted={amount=3080, currency=EUR, unit=project}, conversion=sameUnit, against=above, budget={amount=3000, currency=EUR, unit=project}}",
        "3000 EUR/fixed | 450 EUR/day | fixedPriceAgainstTimeBudget{price={amount=3000, currency=EUR, unit=project}, budgetUnit=day}",
        "60 EUR/hour | 3k EUR/forfait | rateAgainstFixedBudget{rate={amount=60, currency=EUR, unit=hour}, budget={amount=3000, currency=EUR, unit=project}}",
        "900 EUR/day | 600 EUR/forfait | oneUnitOverFixedBudget{rate={amount=900, currency=EUR, unit=day}, ratio=1.5, budget={amount=600, currency=EUR, unit=project}}",
        "1000 USD/day | 500 EUR | oneUnitOverFixedBudget{rate={amount=1000, currency=USD, unit=day}, ratio=1.8, budget={amount=500, currency=EUR, unit=project}}",
        "500 THB/day | 100 EUR/day | noExchangeRate{rate={amount=500, currency=THB, unit=day}, budgetCurrency=EUR}"
      })
  void theReasonGivesTheRateInTheBudgetsTerms(String rate, String budget, String reason) {
    Reasons reasons = new Reasons();

    fit.of(Price.parse(PostKind.DEMAND, budget), Price.parse(PostKind.OFFER, rate), reasons);

    assertEquals(List.of(reason), reasons.list().stream().map(Reason::toString).toList());
  }

  @ParameterizedTest
  @CsvSource({
    "3000 EUR/fixed, 450 EUR/day",
    "60 EUR/hour, 3000 EUR",
    "500 THB/day, 100 EUR/day",
    "100 EUR/day, 500 THB/day"
  })
  void whatCannotBeComparedCountsNeitherForNorAgainst(String rate, String budget) {
    assertEquals(
        PriceFit.NOT_COMPARED,
        fit.of(
            Price.parse(PostKind.DEMAND, budget),
            Price.parse(PostKind.OFFER, rate),
            new Reasons()));
  }

  @Test
  void aRateOneUnitOfWhichCostsMoreThanTheWholeFixedBudgetIsOverIt() {
    // A day at 2,400 EUR against 600 EUR for the whole job: four times over before any work.
    PriceFit.Fit dayOverJob =
        fit.of(
            Price.parse(PostKind.DEMAND, "600 EUR"),
            Price.parse(PostKind.OFFER, "2400 EUR/day"),
            new Reasons());

    assertEquals(fit.forRatio(4), dayOverJob);
    assertEquals(weights.get(Weight.FACTOR_FAR_OVER_BUDGET), dayOverJob.factor());
  }

  @Test
  void aMissingPriceIsNotComparedAndNotMentioned() {
    Reasons reasons = new Reasons();

    assertEquals(
        PriceFit.NOT_COMPARED, fit.of(null, Price.parse(PostKind.OFFER, "60 EUR/h"), reasons));
    assertEquals(
        PriceFit.NOT_COMPARED, fit.of(Price.parse(PostKind.DEMAND, "1k EUR"), null, reasons));
    assertEquals(List.of(), reasons.list());
  }

  @Test
  void aRateInAnotherCurrencyAndUnitIsScoredOnItsConvertedAmount() {
    // 6,300 ILS a day is 1,804 EUR a day, 225.5 EUR an hour: 3 times a 75 EUR/hour budget.
    PriceFit.Fit converted =
        fit.of(
            Price.parse(PostKind.DEMAND, "75 EUR/hour"),
            Price.parse(PostKind.OFFER, "6300 ILS/day"),
            new Reasons());

    assertEquals(fit.forRatio(6300 / 3.49196 / 8 / 75).points(), converted.points(), 1e-9);
    assertEquals(weights.get(Weight.FACTOR_FAR_OVER_BUDGET), converted.factor());
  }
}
