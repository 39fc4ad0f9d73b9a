package io.coshoring.web;

import io.coshoring.core.api.Activity.Week;
import io.coshoring.core.language.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One series of the activity as a bar chart drawn on the server: one bar a week, oldest on the
 * left, each with its figure above it and its week below. Its geometry is computed here, so that
 * the template only writes it out.
 *
 * @param series the series' name in the page's bundles, also its class in activity.css
 */
record WeeklyChart(
    String series, String title, String description, int width, int height, List<Bar> bars) {

  static final int HEIGHT = 170;
  private static final int SLOT = 56;
  private static final int BAR = 36;
  private static final int TOP = 22;
  private static final int BASELINE = 138;

  /**
   * @param labelX where its figure and week are centred
   * @param labelY where its figure's baseline is: just above the bar
   */
  record Bar(int x, int y, int width, int height, int value, int labelX, int labelY, String week) {}

  WeeklyChart {
    bars = List.copyOf(bars);
  }

  /** Where the weeks' labels sit, under the bars. */
  int weekY() {
    return BASELINE + 20;
  }

  int baseline() {
    return BASELINE;
  }

  /** The chart of {@code figure} over the weeks, of which there is at least one. */
  static WeeklyChart of(
      String series, List<Week> weeks, ToIntFunction<Week> figure, Phrases phrases) {
    int highest = weeks.stream().mapToInt(figure).max().orElse(0);
    int total = weeks.stream().mapToInt(figure).sum();
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < weeks.size(); i++) {
      Week week = weeks.get(i);
      int value = figure.applyAsInt(week);
      // The highest week fills the chart; an empty week stays a hairline, so it reads as zero.
      int height = highest == 0 ? 0 : Math.round((BASELINE - TOP) * (float) value / highest);
      int x = i * SLOT + (SLOT - BAR) / 2;
      bars.add(
          new Bar(
              x,
              BASELINE - height,
              BAR,
              Math.max(height, 1),
              value,
              x + BAR / 2,
              BASELINE - height - 5,
              phrases.dayAndMonth(week.start())));
    }
    String name = phrases.get("activity." + series);
    String description =
        phrases.get(
            "activity.chart.desc",
            "series",
            name,
            "first",
            phrases.dayAndMonth(weeks.get(0).start()),
            "last",
            phrases.dayAndMonth(weeks.get(weeks.size() - 1).start()),
            "total",
            total);
    return new WeeklyChart(series, name, description, weeks.size() * SLOT, HEIGHT, bars);
  }
}
