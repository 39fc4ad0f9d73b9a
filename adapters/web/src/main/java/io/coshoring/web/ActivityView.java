package io.coshoring.web;

import io.coshoring.core.api.Activity.Figures;
import io.coshoring.core.api.Activity.Place;
import io.coshoring.core.api.Activity.Week;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrases;
import java.util.List;
import java.util.Optional;

/**
 * What the activity page shows one reader: the network's figures, drawn and tabled, and their own
 * space's, tabled, when they administer one.
 *
 * @param own the reader's space's figures, or null
 */
record ActivityView(
    Phrases phrases,
    int weeks,
    Figures figures,
    List<WeeklyChart> charts,
    FlowsPicture flows,
    Figures own) {

  static ActivityView of(Figures figures, Optional<Figures> own, int weeks, Phrases phrases) {
    List<Week> series = figures.weeks();
    return new ActivityView(
        phrases,
        weeks,
        figures,
        List.of(
            WeeklyChart.of("posts", series, Week::posts, phrases),
            WeeklyChart.of("matches", series, Week::matches, phrases),
            WeeklyChart.of("introductions", series, Week::introductions, phrases),
            WeeklyChart.of("rooms", series, Week::rooms, phrases),
            WeeklyChart.of("collaborations", series, Week::collaborations, phrases)),
        FlowsPicture.of(figures.flows(), phrases),
        own.orElse(null));
  }

  String t(String key) {
    return phrases.get(key);
  }

  String t(String key, String name, Object value) {
    return phrases.get(key, name, value);
  }

  String lang() {
    return phrases.language().code();
  }

  String dir() {
    return phrases.language().rightToLeft() ? "rtl" : "ltr";
  }

  /** A space's name, or what the spaces that keep their posts inside are called together. */
  String name(Place place) {
    return FlowsPicture.name(place, phrases);
  }

  /** A week as the table names it: by its Monday. */
  String week(Week week) {
    return phrases.dayAndMonth(week.start());
  }

  List<Language> pageLanguages() {
    return PageLanguage.all();
  }

  String inLanguage(Language language) {
    return ActivityPage.PATH + "?hl=" + language.code();
  }
}
