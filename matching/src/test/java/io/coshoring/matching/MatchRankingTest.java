package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.addSearchable;
import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.ids;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What ranks a pair above another, each rule with the reason a member reads. */
class MatchRankingTest {

  private final MatchingEngine engine =
      MatchingEngine.inMemory(
          TestTaxonomy.of(
              "back-end-development | Back-end development | backend developer | développeur back-end",
              "python | Python | python developer | développeur python",
              "django | Django | django developer | développeur django | | back-end-development, python",
              "react | React | react developer | développeur react",
              "typescript | TypeScript | ts | développement typescript",
              "shopify | Shopify | shopify store | boutique shopify",
              "vue | Vue | vuejs | développeur vue",
              "nuxt | Nuxt | nuxtjs | développeur nuxt | | | vue",
              "product-management | Product management | product manager, ?PM | chef de produit",
              "project-management | Project management | project manager, ?PM | chef de projet",
              "product-roadmap | Product roadmap | roadmap | feuille de route | | product-management",
              "office-move | Office move | office move | déménagement de bureaux | | | project-management",
              "@overlap async",
              "payroll | Payroll | payroll services, payroll management, payroll provider | gestion de la paie",
              "translation | Translation | translator | traduction, traducteur",
              "translation-en-fr | EN>FR translation | english to french translation | traduction anglais français | | translation",
              "contract-law | Contract law | lawyer, contract lawyer | avocat",
              "influencer-marketing | Influencer marketing | instagram influencers | influenceurs instagram",
              "tiktok | TikTok | tik tok | tiktok"),
          TestPosts.CLOCK);

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aDemandForAFamilyMeetsAnOfferOfOneOfItsKinds() {
    addSearchable(
        engine,
        offer("django", "tom@lyon", "Django developer, APIs and admin").build(),
        offer("shop", "zoe@lyon", "I build Shopify stores").build());

    List<Match> matches =
        engine.match(demand("d", "lea@paris", "Need a backend developer").build(), 5);

    assertEquals("django", matches.get(0).post().id());
    assertSays(
        matches.get(0),
        Reason.of(
            "closeSkills",
            "credits",
            List.of(credit("django", "narrower", "back-end-development"))));
  }

  @Test
  void aRelatedSkillCountsInPart() {
    addSearchable(engine, offer("vue", "tom@lyon", "Vue developer").build());

    Match match = engine.match(demand("d", "lea@paris", "Need a Nuxt developer").build(), 5).get(0);

    assertSays(
        match, Reason.of("closeSkills", "credits", List.of(credit("vue", "related", "nuxt"))));
  }

  @Test
  void aSkillNamedAsTheSettingOfTheWorkWeighsLessThanTheWork() {
    addSearchable(
        engine,
        offer("shopify-only", "tom@lyon", "Shopify store setup and themes").build(),
        offer("react-only", "zoe@lyon", "React developer, hooks and tests").build());

    List<Match> matches =
        engine.match(
            demand("d", "lea@paris", "A React developer for our Shopify store").build(), 5);

    assertEquals(List.of("react-only", "shopify-only"), ids(matches));
  }

  @Test
  void whatTheDemandSaysOfTheAskersOwnWorkIsTheSettingNotTheNeed() {
    addSearchable(
        engine,
        offer("lawyer", "tom@lyon", "Contract lawyer, service agreements and NDAs").build(),
        offer("influence", "zoe@lyon", "Instagram influencers and TikTok campaigns").build());

    // Read as three needs, the influencer offer would cover two of them and come first.
    List<Match> matches =
        engine.match(
            demand(
                    "d",
                    "lea@paris",
                    "Need a lawyer to review the contracts we sign with Instagram influencers"
                        + " on TikTok")
                .build(),
            5);

    assertEquals(List.of("lawyer", "influence"), ids(matches));
  }

  @Test
  void aShortFormMeansWhatTheDemandsOtherSkillsTellElseEitherIsFound() {
    addSearchable(
        engine,
        offer("product", "tom@lyon", "Product manager, B2B software").build(),
        offer("project", "zoe@lyon", "Project manager, budgets and planning").build());

    List<Match> roadmap =
        engine.match(demand("d1", "lea@paris", "We need a PM to own our roadmap").build(), 5);
    List<Match> move =
        engine.match(demand("d2", "lea@paris", "Need a PM for our office move").build(), 5);
    List<Match> either =
        engine.match(demand("d3", "lea@paris", "Looking for a PM for three months").build(), 5);

    assertEquals("product", roadmap.get(0).post().id());
    assertEquals("project", move.get(0).post().id());
    assertEquals(Set.of("product", "project"), Set.copyOf(ids(either)));
    assertTrue(
        either.stream()
            .anyMatch(
                m ->
                    m.reasons()
                        .contains(
                            Reason.of(
                                "sharedSkills", "skills", List.of("product-management (PM)")))),
        either.toString());
  }

  @Test
  void aShortFormTheDemandLeavesOpenIsOneNeedHowEverManyMeaningsAnOfferHas() {
    addSearchable(
        engine,
        offer("one", "tom@lyon", "Product manager").build(),
        offer("both", "zoe@lyon", "Product manager and project manager").build());

    // Scanning leaves the texts out: only what the skills cover differs.
    List<Match> matches =
        engine.matchByScanning(demand("d", "lea@paris", "Need a PM, three months").build(), 5);

    assertEquals(2, matches.size());
    assertEquals(matches.get(0).score(), matches.get(1).score(), 1e-9, matches.toString());
  }

  @Test
  void listingMoreSkillsThanAskedCostsNothing() {
    addSearchable(
        engine,
        offer("one", "tom@lyon", "React developer").build(),
        // The same text, so that only the skills differ.
        offer("three", "zoe@lyon", "React developer")
            .skills(Set.of("TypeScript", "Python"))
            .build());

    List<Match> matches =
        engine.match(demand("d", "lea@paris", "Need a React developer").build(), 5);

    assertEquals(2, matches.size());
    assertEquals(matches.get(0).score(), matches.get(1).score(), 1e-9, matches.toString());
  }

  @Test
  void aLanguageTheDemandNamesIsOneTheOffersAuthorMustSpeak() {
    addSearchable(
        engine,
        offer("german", "kai@berlin", "Voice-over artist for ads and explainers")
            .languages("de", "en")
            .build(),
        offer("french", "lea@paris", "Voice-over artist for ads and explainers")
            .languages("fr", "en")
            .build());

    List<Match> matches =
        engine.match(
            demand("d", "sam@london", "Need a native French voice-over for our ad")
                .languages("en")
                .build(),
            5);

    assertEquals(List.of("french", "german"), ids(matches));
    assertSays(matches.get(1), Reason.of("notSaidToSpeak", "languages", List.of("fr")));
  }

  @Test
  void aTranslatorWhoTranslatesTheWayAskedRanksAboveOneWhoTranslatesTheOtherWay() {
    addSearchable(
        engine,
        offer("french-to-english", "amy@paris", "French to English translator, marketing and tech")
            .build(),
        // Posted a week earlier: the direction outweighs a little freshness.
        offer("english-to-french", "zoe@paris", "English to French translator, marketing and tech")
            .createdAt(TestPosts.NOW.minus(Duration.ofDays(7)))
            .build());

    List<Match> matches =
        engine.match(
            demand("d", "sam@london", "We need translation help from English into French").build(),
            5);

    assertEquals(List.of("english-to-french", "french-to-english"), ids(matches));
    assertSays(matches.get(0), Reason.of("translates", "directions", List.of("en→fr")));
    assertSays(
        matches.get(1),
        Reason.of(
            "translatesOtherWay",
            "directions",
            List.of("fr→en"),
            "missingDirections",
            List.of("en→fr")));
  }

  @Test
  void aTranslatorWhoStatesNoDirectionIsNotLowered() {
    addSearchable(engine, offer("any", "amy@paris", "Translator, marketing and tech").build());

    Match match =
        engine
            .match(
                demand("d", "sam@london", "Need translation from English into French").build(), 1)
            .get(0);

    assertTrue(
        match.reasons().stream().noneMatch(reason -> reason.key().startsWith("translates")),
        match.reasons().toString());
  }

  @Test
  void aDemandNamingACountryPrefersAnOfferThatWorksThere() {
    addSearchable(
        engine,
        // The freshest, but the work is done for the United States.
        offer("us-hours", "sam@nyc", "Payroll services for startups, US hours")
            .timezone("America/New_York")
            .build(),
        offer("says-israel", "dan@paris", "Payroll management for small companies in Israel")
            .createdAt(TestPosts.NOW.minus(Duration.ofDays(7)))
            .build(),
        offer("in-tel-aviv", "noa@telaviv", "Payroll management for small companies")
            .timezone("Asia/Jerusalem")
            .createdAt(TestPosts.NOW.minus(Duration.ofDays(7)))
            .build());

    List<Match> matches =
        engine.match(
            demand("d", "lea@paris", "Need a payroll provider for our Israeli team").build(), 5);

    assertEquals(Set.of("says-israel", "in-tel-aviv"), Set.copyOf(ids(matches).subList(0, 2)));
    for (Match served : matches.subList(0, 2)) {
      assertSays(served, Reason.of("worksIn", "countries", List.of("IL")));
    }
    assertSays(matches.get(2), Reason.of("notSaidToWorkIn", "countries", List.of("IL")));
  }

  @Test
  void aDemandNamingNoCountryPrefersNoCountry() {
    addSearchable(
        engine,
        offer("us-hours", "sam@nyc", "Payroll services for startups, US hours")
            .timezone("America/New_York")
            .build());

    Match match =
        engine.match(demand("d", "lea@paris", "Need a payroll provider").build(), 1).get(0);

    assertTrue(
        match.reasons().stream().noneMatch(reason -> reason.key().contains("orksIn")),
        match.reasons().toString());
  }

  @Test
  void workDoneApartNeedsNoSharedHoursButLiveWorkDoes() {
    addSearchable(
        engine,
        offer("far-translator", "amy@la", "English to French translation, legal and marketing")
            .timezone("America/Los_Angeles")
            .hours(WorkingHours.parse("9-17"))
            .build(),
        offer("far-react", "bob@la", "React developer")
            .timezone("America/Los_Angeles")
            .hours(WorkingHours.parse("9-17"))
            .build());

    Match translation =
        engine.match(demand("d1", "lea@paris", "Need a translator for our site").build(), 1).get(0);
    Match react =
        engine.match(demand("d2", "lea@paris", "Need a React developer").build(), 1).get(0);

    assertSays(translation, Reason.of("asyncFriendly"));
    assertTrue(translation.score() > 0.6, translation.toString());
    assertSays(
        react,
        Reason.of(
            "noSharedHours",
            "zones",
            "apart",
            "demandZone",
            "Europe/Paris",
            "offerZone",
            "America/Los_Angeles"));
    assertTrue(react.score() < 0.5, react.toString());
  }

  @Test
  void aDemandCanSayItsWorkIsDoneApart() {
    addSearchable(
        engine,
        offer("far-react", "bob@la", "React developer")
            .timezone("America/Los_Angeles")
            .hours(WorkingHours.parse("9-17"))
            .build());

    Match match =
        engine
            .match(
                demand("d", "lea@paris", "Need a React developer").overlap(Overlap.ASYNC).build(),
                1)
            .get(0);

    assertSays(match, Reason.of("asyncFriendly"));
  }

  @Test
  void aDemandWelcomingSomeoneOnSitePrefersSomeoneWhoCanCome() {
    addSearchable(
        engine,
        offer("remote", "tom@lyon", "React developer").build(),
        offer("can-come", "zoe@paris", "React developer")
            .createdAt(TestPosts.CLOCK.instant().minus(Duration.ofDays(3)))
            .workMode(WorkMode.EITHER)
            .city("Paris")
            .build());

    List<Match> matches =
        engine.match(
            demand("d", "lea@paris", "Need a React developer")
                .workMode(WorkMode.EITHER)
                .city("Paris")
                .build(),
            5);

    assertEquals(List.of("can-come", "remote"), ids(matches));
    assertSays(matches.get(0), Reason.of("remoteBothInCity", "city", "Paris"));
  }

  @Test
  void aDemandAskingSomeoneToComeInWordsPrefersSomeoneWhoCanComeOverACloserSkill() {
    addSearchable(
        engine,
        offer("remote", "tom@lyon", "Backend developer").build(),
        offer("can-come", "zoe@paris", "Django developer")
            .workMode(WorkMode.EITHER)
            .city("Paris")
            .build());

    List<Match> welcoming =
        engine.match(
            demand("d1", "lea@paris", "Need a backend developer")
                .workMode(WorkMode.EITHER)
                .city("Paris")
                .build(),
            5);
    List<Match> asking =
        engine.match(
            demand("d2", "lea@paris", "Need a backend developer; come to our Paris office weekly")
                .workMode(WorkMode.EITHER)
                .city("Paris")
                .build(),
            5);

    assertEquals(List.of("remote", "can-come"), ids(welcoming));
    assertEquals(List.of("can-come", "remote"), ids(asking));
    assertSays(asking.get(1), Reason.of("remoteThoughPresenceAsked", "city", "Paris"));
  }

  @Test
  void anOfferAvailableOnlyInMonthsRanksBelowAnAvailableOneThatMatchesLess() {
    addSearchable(
        engine,
        offer("later", "tom@lyon", "React and TypeScript developer")
            .availableFrom(LocalDate.of(2027, 3, 1))
            .build(),
        offer("now", "zoe@lyon", "React developer").build());

    List<Match> matches =
        engine.match(demand("d", "lea@paris", "Need a React and TypeScript developer").build(), 5);

    assertEquals(List.of("now", "later"), ids(matches));
    assertSays(matches.get(1), Reason.of("notAvailableUntil", "fromDate", "2027-03-01"));
  }

  @Test
  void aDemandWithoutDatesWaitsAFewWeeksForTheSkillItNamesRatherThanTakeACloseOneNow() {
    addSearchable(
        engine,
        // Three weeks after the test's today, 24 November 2026.
        offer("in-three-weeks", "tom@lyon", "Backend developer")
            .availableFrom(LocalDate.of(2026, 12, 15))
            .build(),
        offer("now-django", "zoe@lyon", "Django developer").build(),
        offer("now-backend", "sam@lyon", "Backend developer").build());

    List<Match> matches =
        engine.match(demand("d", "lea@paris", "Need a backend developer").build(), 5);

    assertEquals(List.of("now-backend", "in-three-weeks", "now-django"), ids(matches));
    assertSays(matches.get(1), Reason.of("freeLater", "fromDate", "2026-12-15", "waitDays", 21L));
  }

  @Test
  void sharedHoursAreCountedOverTheDemandsPeriodAsClocksChange() {
    addSearchable(
        engine,
        offer("new-york", "sam@nyc", "React developer")
            .timezone("America/New_York")
            .hours(WorkingHours.parse("9-17"))
            .build());

    // The United States move their clocks on 14 March 2027, Europe on 28 March.
    Match match =
        engine
            .match(
                demand("d", "lea@paris", "Need a React developer")
                    .availableFrom(LocalDate.of(2027, 3, 1))
                    .availableUntil(LocalDate.of(2027, 3, 20))
                    .build(),
                1)
            .get(0);

    assertSays(
        match,
        Reason.of(
            "sharedHoursVarying",
            "fewestMinutes",
            180L,
            "longestMinutes",
            240L,
            "zones",
            "apart",
            "demandZone",
            "Europe/Paris",
            "offerZone",
            "America/New_York"));
  }

  @Test
  void aMeetingTimeTheDemandNamesNeedsSomeoneWorkingThen() {
    addSearchable(
        engine,
        // Seven hours shared with Paris office hours, but done by 16:00.
        offer("early-paris", "zoe@paris", "React developer")
            .hours(WorkingHours.parse("8-16"))
            .build(),
        // Three hours shared, the call among them.
        offer("new-york", "sam@nyc", "React developer")
            .timezone("America/New_York")
            .hours(WorkingHours.parse("9-17"))
            .build());

    List<Match> matches =
        engine.match(
            demand("d", "lea@paris", "React developer, with a daily call at 17:30 Paris time")
                .build(),
            5);

    assertEquals(List.of("new-york", "early-paris"), ids(matches));
    assertSays(
        matches.get(0),
        Reason.of(
            "meetingWithin",
            "time",
            "17:30",
            "meetingZone",
            "Europe/Paris",
            "zones",
            "apart",
            "startsThere",
            List.of("11:30"),
            "offerZone",
            "America/New_York"));
    assertSays(
        matches.get(1),
        Reason.of(
            "meetingOutside",
            "time",
            "17:30",
            "meetingZone",
            "Europe/Paris",
            "zones",
            "same",
            "offerHours",
            "08:00-16:00"));
  }

  @Test
  void aMeetingTimeIsCheckedOverTheDemandsPeriodAsClocksChange() {
    addSearchable(
        engine,
        offer("new-york", "sam@nyc", "React developer")
            .timezone("America/New_York")
            .hours(WorkingHours.parse("8-12"))
            .build());

    // 17:30 in Paris is 11:30 in New York until 14 March 2027, then 12:30 until 28 March.
    Match match =
        engine
            .match(
                demand("d", "lea@paris", "React developer, daily call at 17h30 heure de Paris")
                    .availableFrom(LocalDate.of(2027, 3, 1))
                    .availableUntil(LocalDate.of(2027, 3, 20))
                    .build(),
                1)
            .get(0);

    assertSays(
        match,
        Reason.of(
            "meetingPartly",
            "time",
            "17:30",
            "meetingZone",
            "Europe/Paris",
            "zones",
            "apart",
            "startsThere",
            List.of("11:30", "12:30"),
            "offerZone",
            "America/New_York",
            "offerHours",
            "08:00-12:00"));
  }

  private static void assertSays(Match match, Reason reason) {
    assertTrue(match.reasons().contains(reason), match.reasons().toString());
  }

  /** An offered skill close to a needed one, as a close-skills reason names it. */
  static Map<String, Object> credit(String skill, String relation, String needed) {
    return Map.of("skill", skill, "relation", relation, "needed", needed);
  }
}
