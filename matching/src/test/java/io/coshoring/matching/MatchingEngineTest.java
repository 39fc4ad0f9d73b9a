package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.addSearchable;
import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.ids;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MatchingEngineTest {

  private final MatchingEngine engine =
      MatchingEngine.inMemory(TestTaxonomy.small(), TestPosts.CLOCK);

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aFrenchOfferMeetsAnEnglishDemandInAnotherSpaceWithReasons() {
    // GIVEN a Paris member offering React in French
    addSearchable(
        engine,
        offer("o1", "lea@paris", "Développeuse React et TypeScript, freelance, dispo 3 semaines")
            .build());

    // WHEN a Tel Aviv member asks for it in English
    Post need =
        demand("d1", "noam@telaviv", "Need a React + TS dev for 3 weeks, remote")
            .timezone("Asia/Jerusalem")
            .languages("he", "en")
            .build();
    List<Match> matches = engine.match(need, 5);

    // THEN the offer is proposed, and the reasons say why
    assertEquals(1, matches.size());
    Match match = matches.get(0);
    assertEquals("o1", match.post().id());
    assertTrue(match.score() > 0.5 && match.score() <= 1, "score " + match.score());
    assertTrue(
        match
            .reasons()
            .contains(Reason.of("sharedSkills", "skills", List.of("react", "typescript"))),
        match.reasons().toString());
    assertTrue(
        match
            .reasons()
            .contains(
                Reason.of(
                    "sharedHours",
                    "sharedMinutes",
                    480L,
                    "zones",
                    "apart",
                    "demandZone",
                    "Asia/Jerusalem",
                    "offerZone",
                    "Europe/Paris")),
        match.reasons().toString());
    assertTrue(
        match.reasons().contains(Reason.of("bothSpeak", "languages", List.of("en"))),
        match.reasons().toString());
  }

  @Test
  void ownPostsPostsOfTheSameKindAndExpiredPostsAreNeverProposed() {
    addSearchable(
        engine,
        offer("mine", "lea@paris", "React developer").build(),
        demand("same-kind", "tom@lyon", "Need a React developer").build(),
        offer("expired", "tom@lyon", "React developer")
            .createdAt(TestPosts.NOW.minus(Duration.ofDays(40)))
            .build(),
        offer("open", "tom@lyon", "React developer").build());

    List<Match> matches =
        engine.match(demand("d1", "lea@paris", "Need a React developer").build(), 10);

    assertEquals(List.of("open"), ids(matches));
  }

  @Test
  void postsKeptInsideASpaceAreOnlyMatchedInsideIt() {
    addSearchable(
        engine,
        offer("paris-only", "lea@paris", "React developer").visibility(Visibility.SPACE).build(),
        offer("network", "tom@lyon", "React developer").build());

    assertEquals(
        List.of("network"),
        ids(engine.match(demand("d1", "noam@telaviv", "Need React").build(), 10)));
    assertEquals(2, engine.match(demand("d2", "zoe@paris", "Need React").build(), 10).size());
    // A demand kept inside its space is not shown to other spaces either.
    assertEquals(
        List.of("paris-only"),
        ids(
            engine.match(
                demand("d3", "zoe@paris", "Need React").visibility(Visibility.SPACE).build(), 10)));
  }

  @Test
  void postsThatMayNotBeProposedDoNotCrowdOutOneThatMay() {
    // GIVEN more closely fitting offers than a match looks at, each of which it may not propose
    String fitting = "React developer for dashboards with charts, maps and live data";
    for (int i = 0; i < 60; i++) {
      engine.add(offer("mine-" + i, "lea@paris", fitting).build());
      engine.add(
          offer("expired-" + i, "tom@lyon", fitting)
              .createdAt(TestPosts.NOW.minus(Duration.ofDays(40)))
              .build());
      engine.add(offer("kept-" + i, "ari@telaviv", fitting).visibility(Visibility.SPACE).build());
    }
    addSearchable(engine, offer("open", "tom@lyon", "React developer").build());

    // WHEN their reader in Paris looks for one
    List<Match> matches =
        engine.match(
            demand("d1", "lea@paris", "Need a React developer for a dashboard with charts").build(),
            1);

    // THEN the one open offer of someone else, visible from Paris, is still found
    assertEquals(List.of("open"), ids(matches));
  }

  @Test
  void aPostKeptInsideItsSpaceFindsTheOneThereAmongManyOutside() {
    String fitting = "React developer for dashboards with charts, maps and live data";
    for (int i = 0; i < 60; i++) {
      engine.add(offer("lyon-" + i, "tom@lyon", fitting).build());
    }
    addSearchable(engine, offer("paris", "zoe@paris", "React developer").build());

    List<Match> matches =
        engine.match(
            demand("d1", "lea@paris", "Need a React developer for a dashboard with charts")
                .visibility(Visibility.SPACE)
                .build(),
            1);

    assertEquals(List.of("paris"), ids(matches));
  }

  @Test
  void anOnSiteOfferInAnotherCityRanksBelowAWorkableOne() {
    addSearchable(
        engine,
        offer("berlin", "jonas@berlin", "Photographer for product photo shoots, studio in Berlin")
            .timezone("Europe/Berlin")
            .workMode(WorkMode.ONSITE)
            .city("Berlin")
            .build(),
        offer("paris", "lea@paris", "Photographe, shooting photo produit")
            .workMode(WorkMode.EITHER)
            .city("Paris")
            .build());

    Post need =
        demand(
                "d1",
                "zoe@paris",
                "Need a photographer for a product photo shoot in our Paris studio")
            .workMode(WorkMode.ONSITE)
            .city("Paris")
            .build();
    List<Match> matches = engine.match(need, 5);

    assertEquals(List.of("paris", "berlin"), ids(matches));
    assertTrue(
        matches.get(0).reasons().contains(Reason.of("onSite", "city", "Paris")),
        matches.get(0).reasons().toString());
    assertTrue(matches.get(1).score() < matches.get(0).score() / 2, matches.toString());
  }

  @Test
  void aRateInAnotherCurrencyWithinTheBudgetRanksAboveOneThreeTimesOverIt() {
    // GIVEN the same React work offered from New York in dollars and from Tel Aviv in shekels, and
    // a weaker offer, React without TypeScript, from Lyon in euros
    addSearchable(
        engine,
        offer("usd", "ann@newyork", "React and TypeScript developer, freelance")
            .price(Price.parse(PostKind.OFFER, "650 USD/day"))
            .build(),
        offer("ils", "dana@telaviv", "React and TypeScript developer, freelance")
            .price(Price.parse(PostKind.OFFER, "6300 ILS/day"))
            .build(),
        offer("weaker", "tom@lyon", "React developer, freelance")
            .price(Price.parse(PostKind.OFFER, "550 EUR/day"))
            .build());

    // WHEN a Paris member with a budget in euros asks for it
    Post need =
        demand("d1", "zoe@paris", "Need a React and TypeScript developer")
            .price(Price.parse(PostKind.DEMAND, "600 EUR/day"))
            .build();
    List<Match> matches = engine.match(need, 5);

    // THEN the dollar rate (572 EUR a day) is first, and the shekel one (1,804 EUR) far below,
    // under the weaker offer within the budget too
    assertEquals(List.of("usd", "weaker", "ils"), ids(matches));
    assertTrue(matches.get(2).score() < 0.6 * matches.get(0).score(), matches.toString());
    assertTrue(
        matches
            .get(0)
            .reasons()
            .contains(
                Reason.of(
                    "rateAgainstBudget",
                    "rate",
                    Reason.money(new BigDecimal("650"), "USD", PriceUnit.DAY),
                    "converted",
                    Reason.money(new BigDecimal("572"), "EUR", PriceUnit.DAY),
                    "conversion",
                    "sameUnit",
                    "against",
                    "within",
                    "budget",
                    Reason.money(new BigDecimal("600"), "EUR", PriceUnit.DAY))),
        matches.get(0).reasons().toString());
    assertTrue(
        matches
            .get(2)
            .reasons()
            .contains(
                Reason.of(
                    "rateAgainstBudget",
                    "rate",
                    Reason.money(new BigDecimal("6300"), "ILS", PriceUnit.DAY),
                    "converted",
                    Reason.money(new BigDecimal("1800"), "EUR", PriceUnit.DAY),
                    "conversion",
                    "sameUnit",
                    "against",
                    "times",
                    "ratio",
                    3.0,
                    "budget",
                    Reason.money(new BigDecimal("600"), "EUR", PriceUnit.DAY))),
        matches.get(2).reasons().toString());
  }

  @Test
  void anUpdatedPostIsMatchedOnItsNewTextAndARemovedOneIsForgotten() {
    addSearchable(engine, offer("o1", "lea@paris", "Java developer").build());
    engine.update(
        engine.get("o1").orElseThrow().toBuilder().text("Video editor, promo videos").build());
    engine.awaitSearchable();

    assertTrue(
        engine.match(demand("d1", "tom@lyon", "Java developer needed").build(), 5).isEmpty());
    assertEquals(
        List.of("o1"),
        ids(engine.match(demand("d2", "tom@lyon", "Need a promo video").build(), 5)));

    assertTrue(engine.remove("o1"));
    assertFalse(engine.remove("o1"));
    assertTrue(engine.match(demand("d2", "tom@lyon", "Need a promo video").build(), 5).isEmpty());
    assertEquals(0, engine.size());
  }

  @Test
  void addingAKnownPostOrUpdatingAnUnknownOneIsRefused() {
    Post post = offer("o1", "lea@paris", "Java developer").build();
    engine.add(post);

    assertThrows(IllegalArgumentException.class, () -> engine.add(post));
    assertThrows(
        IllegalArgumentException.class, () -> engine.update(post.toBuilder().id("o2").build()));
  }

  @Test
  void aPostAddedIsMatchableWithinASecond() throws InterruptedException {
    engine.add(offer("o1", "lea@paris", "Java developer").build());
    Post need = demand("d1", "tom@lyon", "Java developer needed").build();

    long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
    while (engine.match(need, 1).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }

    assertEquals(List.of("o1"), ids(engine.match(need, 1)));
  }

  @Test
  void scanningEveryPostAgreesWithTheIndexOnTheBestMatch() {
    addSearchable(
        engine,
        offer("java", "a@lyon", "Java developer, Spring").build(),
        offer("js", "b@lyon", "JavaScript developer, React").build(),
        offer("video", "c@lyon", "Video editor").build());
    Post need = demand("d1", "lea@paris", "Need a React developer").build();

    assertEquals("js", engine.match(need, 1).get(0).post().id());
    assertEquals("js", engine.matchByScanning(need, 1).get(0).post().id());
  }

  @Test
  void textsWithoutWordsOrInOtherScriptsMatchWithoutErrors() {
    addSearchable(engine, offer("o1", "lea@paris", "Java developer").build());

    assertTrue(
        engine.match(demand("d1", "tom@lyon", "!!! ??? :) \"*\" AND OR (").build(), 5).isEmpty());
    assertTrue(
        engine.match(demand("d2", "dana@telaviv", "מחפשת מפתח ג'אווה 🚀").build(), 5).isEmpty());
    assertEquals(
        List.of("o1"),
        ids(engine.match(demand("d3", "tom@lyon", "Java:* developer~ [urgent]").build(), 5)));
  }

  @Test
  void resultCountsOutsideTheLimitAreRefused() {
    Post need = demand("d1", "lea@paris", "Need a React developer").build();

    assertThrows(IllegalArgumentException.class, () -> engine.match(need, 0));
    assertThrows(
        IllegalArgumentException.class, () -> engine.match(need, MatchingEngine.MAX_RESULTS + 1));
  }
}
