package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.addSearchable;
import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.ids;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A demand that describes its problem in its own words finds the offer whose trade solves it, above
 * offers that only share its words, and says which words suggested the trade.
 */
class ProblemWordsRankingTest {

  private final MatchingEngine engine =
      MatchingEngine.inMemory(
          TestTaxonomy.withProblems(
              List.of(
                  "email-marketing | Email marketing | email campaigns | campagnes emailing",
                  "email-deliverability | Email deliverability | inbox placement | délivrabilité"
                      + " | | email-marketing",
                  "web-performance | Web performance | page speed optimization | performance web",
                  "copywriting | Copywriting | copywriter | rédacteur",
                  "react | React | react developer | développeur react"),
              List.of(
                  "email-deliverability | land in spam, spam, junk, blacklisted | en spam",
                  "email-marketing | open rate, unsubscribe, opens",
                  "web-performance | takes forever to load, slow, loading")),
          TestPosts.CLOCK);

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aDemandNamingNoSkillFindsTheTradeItsProblemWordsSuggest() {
    addSearchable(
        engine,
        offer("writer", "zoe@lyon", "Copywriter: emails people love to open, half price this month")
            .build(),
        offer("inbox", "tom@lyon", "Inbox placement, sender reputation and authentication")
            .build());

    List<Match> matches =
        engine.match(
            demand("d", "lea@paris", "Half of our emails land in spam, what can we do?").build(),
            5);

    assertEquals("inbox", matches.get(0).post().id(), matches.toString());
    assertTrue(
        matches
            .get(0)
            .reasons()
            .contains(
                Reason.of(
                    "suggested",
                    "words",
                    List.of("land in spam"),
                    "credit",
                    Map.of(
                        "skill",
                        "Email deliverability",
                        "relation",
                        "same",
                        "needed",
                        "email-deliverability"))),
        matches.get(0).reasons().toString());
  }

  @Test
  void anOfferOfTheFamilyEarnsItsPartialCredit() {
    addSearchable(engine, offer("campaigns", "tom@lyon", "Email campaigns for shops").build());

    Match match =
        engine.match(demand("d", "lea@paris", "Nos mails arrivent en spam").build(), 5).get(0);

    assertTrue(
        match
            .reasons()
            .contains(
                Reason.of(
                    "suggested",
                    "words",
                    List.of("en spam"),
                    "credit",
                    MatchRankingTest.credit("email-marketing", "broader", "email-deliverability"))),
        match.reasons().toString());
  }

  @Test
  void aSuggestedSkillCountsBesideTheSkillsADemandNames() {
    addSearchable(
        engine,
        offer("react-only", "zoe@lyon", "React developer").build(),
        offer("react-fast", "tom@lyon", "React developer, page speed optimization").build());

    List<Match> matches =
        engine.matchByScanning(
            demand("d", "lea@paris", "React developer: our shop takes forever to load").build(), 5);

    assertEquals(List.of("react-fast", "react-only"), ids(matches));
    assertTrue(
        matches
            .get(0)
            .reasons()
            .contains(
                Reason.of(
                    "suggested",
                    "words",
                    List.of("takes forever to load"),
                    "credit",
                    Map.of(
                        "skill",
                        "Web performance",
                        "relation",
                        "same",
                        "needed",
                        "web-performance"))),
        matches.get(0).reasons().toString());
    assertTrue(
        matches.get(1).score() > 0.5 * matches.get(0).score(),
        "the named skill still counts most: " + matches);
  }

  @Test
  void anOfferFindsTheDemandsWhoseWordsSuggestItsTrade() {
    addSearchable(
        engine, demand("spam", "lea@paris", "Our emails are blacklisted and end in junk").build());

    List<Match> matches =
        engine.match(offer("o", "tom@lyon", "Email deliverability consulting").build(), 5);

    assertEquals(List.of("spam"), ids(matches));
  }
}
