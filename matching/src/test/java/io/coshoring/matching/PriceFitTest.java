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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "60 EUR/hour | 70 EUR/hour | rate 60 EUR/hour, within the 70 EUR/hour budget",
        "90 USD/hour | 100 EUR/hour | rate 90 USD/hour ≈ 79 EUR/hour, within the 100 EUR/hour"
            + " budget",
        "1530 USD/day | 1000 EUR/day | rate 1,530 USD/day ≈ 1,350 EUR/day, above the 1,000 EUR/day"
            + " budget",
        "500 ILS/hour | 50 EUR/hour | rate 500 ILS/hour ≈ 143 EUR/hour, 2.9 times the 50 EUR/hour"
            + " budget",
        "1000 JPY/hour | 10 EUR/hour | rate 1,000 JPY/hour ≈ 5.6 EUR/hour, within the 10 EUR/hour"
            + " budget",
        "1000 USD/day | 3000 ILS/day | rate 1,000 USD/day ≈ 3,070 ILS/day, above the 3,000 ILS/day"
            + " budget",
        "60 EUR/hour | 400 EUR/day | rate 60 EUR/hour ≈ 480 EUR/day at 8 h a day, above the 400"
            + " EUR/day budget",
        "500 EUR/day | 70 EUR/hour | rate 500 EUR/day ≈ 63 EUR/hour at 8 h a day, within the 70"
            + " EUR/hour budget",
        "2000 EUR/week | 450 EUR/day | rate 2,000 EUR/week ≈ 400 EUR/day at 5 days a week, within"
            + " the 450 EUR/day budget",
        "50 EUR/hour | 2000 EUR/week | rate 50 EUR/hour ≈ 2,000 EUR/week at 40 h a week, within the"
            + " 2,000 EUR/week budget",
        "2500 USD/week | 60 EUR/hour | rate 2,500 USD/week ≈ 55 EUR/hour at 40 h a week, within the"
            + " 60 EUR/hour budget",
        "3500 USD/fixed | 3000 EUR | rate 3,500 USD/project ≈ 3,080 EUR/project, above the 3,000"
            + " EUR/project budget",
        "3000 EUR/fixed | 450 EUR/day | fixed price 3,000 EUR against a budget by the day: not"
            + " compared",
        "60 EUR/hour | 3k EUR/forfait | rate 60 EUR/hour against a fixed budget of 3,000 EUR: not"
            + " compared",
        "900 EUR/day | 600 EUR/forfait | rate 900 EUR/day: one day of it is 1.5 times the fixed"
            + " budget of 600 EUR",
        "1000 USD/day | 500 EUR | rate 1,000 USD/day: one day of it is 1.8 times the fixed budget"
            + " of 500 EUR",
        "500 THB/day | 100 EUR/day | rate 500 THB/day against a budget in EUR: no exchange rate to"
            + " compare them"
      })
  void theReasonShowsTheRateInTheBudgetsTerms(String rate, String budget, String reason) {
    Reasons reasons = new Reasons();

    fit.of(Price.parse("budget", budget), Price.parse("rate", rate), reasons);

    assertEquals(List.of(reason), reasons.list());
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
        fit.of(Price.parse("budget", budget), Price.parse("rate", rate), new Reasons()));
  }

  @Test
  void aRateOneUnitOfWhichCostsMoreThanTheWholeFixedBudgetIsOverIt() {
    // A day at 2,400 EUR against 600 EUR for the whole job: four times over before any work.
    PriceFit.Fit dayOverJob =
        fit.of(
            Price.parse("budget", "600 EUR"), Price.parse("rate", "2400 EUR/day"), new Reasons());

    assertEquals(fit.forRatio(4), dayOverJob);
    assertEquals(weights.get(Weight.FACTOR_FAR_OVER_BUDGET), dayOverJob.factor());
  }

  @Test
  void aMissingPriceIsNotComparedAndNotMentioned() {
    Reasons reasons = new Reasons();

    assertEquals(PriceFit.NOT_COMPARED, fit.of(null, Price.parse("rate", "60 EUR/h"), reasons));
    assertEquals(PriceFit.NOT_COMPARED, fit.of(Price.parse("budget", "1k EUR"), null, reasons));
    assertEquals(List.of(), reasons.list());
  }

  @Test
  void aRateInAnotherCurrencyAndUnitIsScoredOnItsConvertedAmount() {
    // 6,300 ILS a day is 1,804 EUR a day, 225.5 EUR an hour: 3 times a 75 EUR/hour budget.
    PriceFit.Fit converted =
        fit.of(
            Price.parse("budget", "75 EUR/hour"),
            Price.parse("rate", "6300 ILS/day"),
            new Reasons());

    assertEquals(fit.forRatio(6300 / 3.49196 / 8 / 75).points(), converted.points(), 1e-9);
    assertEquals(weights.get(Weight.FACTOR_FAR_OVER_BUDGET), converted.factor());
  }
}
