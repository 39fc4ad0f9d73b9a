package io.coshoring.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coshoring.core.match.EvaluationFile.EvalPost;
import io.coshoring.core.match.EvaluationFile.HardNegative;
import io.coshoring.matching.Overlap;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Price;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The labels become the engine's evaluation set: who wanted what, under pseudonyms. */
class LabelExportTest {

  private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
  private static final String ALICE = "slack:T1:UALICE";
  private static final String BOB = "discord:42:7";
  private static final String CAROL = "slack:T1:UCAROL";

  private final Post react = offer("o1", ALICE, "React and TypeScript developer");
  private final Post vue = offer("o2", CAROL, "Vue.js developer, freelance");
  private final Post angular = offer("o3", CAROL, "Angular developer");
  private final Post dashboard =
      post("d1", PostKind.DEMAND, BOB, "Need a front-end dev for our dashboard", 3);
  private final Post landing =
      post("d2", PostKind.DEMAND, BOB, "Need a landing page built in React", 1);
  private final Post shop = post("d3", PostKind.DEMAND, BOB, "Need a Shopify theme tweaked", 1);

  @Test
  void interestFromEitherSideIsRelevantAndARefusalFromEitherIsAHardNegative() {
    // GIVEN both sides of one pair interested, one side of another, a pair each side answered
    // differently, a pair muted, and a demand none of whose pairs was wanted
    EvaluationFile file =
        LabelExport.of(
            List.of(
                label(dashboard, react, PostKind.OFFER, Answer.INTERESTED),
                label(dashboard, react, PostKind.DEMAND, Answer.INTERESTED),
                label(dashboard, vue, PostKind.DEMAND, Answer.INTERESTED),
                label(dashboard, angular, PostKind.OFFER, Answer.INTERESTED),
                label(dashboard, angular, PostKind.DEMAND, Answer.NOT_FOR_ME),
                label(landing, react, PostKind.OFFER, Answer.MUTE_SIMILAR),
                label(landing, vue, PostKind.OFFER, Answer.INTERESTED),
                label(shop, angular, PostKind.DEMAND, Answer.NOT_FOR_ME)),
            Set.of());

    // THEN each post is in the set once, and each demand carries its pairs' labels
    assertEquals(List.of("o1", "o2", "o3"), file.offers().stream().map(EvalPost::id).toList());
    assertEquals(
        List.of("d1", "d2"),
        file.demands().stream().map(EvalPost::id).toList(),
        "d3, with no offer wanted, would have no recall to measure");
    EvalPost first = file.demands().get(0);
    assertEquals(List.of("o1", "o2"), first.relevant());
    assertEquals(List.of(new HardNegative("o3", "member: not for me")), first.hardNegatives());
    EvalPost second = file.demands().get(1);
    assertEquals(List.of("o2"), second.relevant());
    assertEquals(List.of(new HardNegative("o1", "member: mute similar")), second.hardNegatives());
    assertEquals("members", first.category());
    assertNull(file.offers().get(0).category());
  }

  @Test
  void aPairThatWorkedTogetherIsRelevantFirstAndSaysSo() throws Exception {
    // GIVEN two pairs of the dashboard wanted by both sides, the second of which worked together
    List<MatchLabel> labels =
        List.of(
            label(dashboard, vue, PostKind.DEMAND, Answer.INTERESTED),
            label(dashboard, vue, PostKind.OFFER, Answer.INTERESTED),
            label(dashboard, react, PostKind.DEMAND, Answer.INTERESTED),
            label(dashboard, react, PostKind.OFFER, Answer.INTERESTED));

    // WHEN the labels are exported with that collaboration
    EvaluationFile file =
        LabelExport.of(labels, Set.of(ProposedMatch.idOf(dashboard.id(), react.id())));

    // THEN the pair that worked together comes first among the relevant offers, named as such
    EvalPost demand = file.demands().get(0);
    assertEquals(List.of("o1", "o2"), demand.relevant());
    assertEquals(List.of("o1"), demand.collaborated());
    assertEquals(List.of(), demand.hardNegatives());
    JsonNode json = new ObjectMapper().readTree(file.json()).get("demands").get(0);
    assertEquals("[\"o1\"]", json.get("collaborated").toString());
    // AND with no collaboration, the file is as before
    assertFalse(
        new ObjectMapper()
            .readTree(LabelExport.of(labels, Set.of()).json())
            .get("demands")
            .get(0)
            .has("collaborated"));
  }

  @Test
  void postsAreWrittenAsTheEnginesFilesWriteThemWithPseudonymsForPeople() throws Exception {
    EvaluationFile file =
        LabelExport.of(
            List.of(label(dashboard, react, PostKind.DEMAND, Answer.INTERESTED)), Set.of());

    JsonNode json = new ObjectMapper().readTree(file.json());
    JsonNode offer = json.get("offers").get(0);
    JsonNode demand = json.get("demands").get(0);
    assertEquals("React and TypeScript developer", offer.get("text").asText());
    assertEquals("Europe/Paris", offer.get("timezone").asText());
    assertEquals("09:00-18:00", offer.get("hours").asText());
    assertEquals("[\"en\",\"fr\"]", offer.get("languages").toString());
    assertEquals("remote", offer.get("workMode").asText());
    assertEquals("network", offer.get("visibility").asText());
    assertEquals("450 EUR/day", offer.get("price").asText());
    assertEquals("async", offer.get("overlap").asText());
    assertFalse(demand.has("overlap"), "not said, so left out");
    assertEquals(3, demand.get("postedDaysAgo").asInt(), "its age when it was proposed");
    assertFalse(offer.has("city"), "not given, so left out");
    assertFalse(offer.has("relevant"), "an offer has no labels");

    String alice = offer.get("author").asText();
    assertTrue(alice.matches("member-[0-9a-f]{12}"), alice);
    assertNotEquals(alice, demand.get("author").asText());
    assertFalse(file.json().contains("UALICE") || file.json().contains("T1"), file.json());
  }

  private static Post offer(String id, String author, String text) {
    return post(id, PostKind.OFFER, author, text, 2).toBuilder()
        .price(Price.parse(PostKind.OFFER, "450 EUR/day"))
        .overlap(Overlap.ASYNC)
        .build();
  }

  private static Post post(String id, PostKind kind, String author, String text, int daysOld) {
    return Post.builder()
        .id(id)
        .kind(kind)
        .author(author)
        .space(author.substring(0, author.lastIndexOf(':')))
        .text(text)
        .timezone("Europe/Paris")
        .languages("fr", "en")
        .createdAt(NOW.minus(Duration.ofDays(daysOld)))
        .build();
  }

  private static MatchLabel label(Post demand, Post offer, PostKind answeredBy, Answer answer) {
    return new MatchLabel(
        ProposedMatch.idOf(demand.id(), offer.id()),
        answeredBy,
        answer,
        NOW.plus(Duration.ofHours(1)),
        NOW,
        demand,
        offer);
  }
}
