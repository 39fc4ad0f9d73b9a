package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkSearchTest {

  private final MatchingEngine engine =
      MatchingEngine.inMemory(TestTaxonomy.small(), TestPosts.CLOCK);

  @BeforeEach
  void network() {
    engine.add(
        offer("react-paris", "lea@paris", "Développeuse React freelance")
            .createdAt(ago(3))
            .build());
    engine.add(
        offer("photo-lyon", "tom@lyon", "Photographe, shooting produit à Lyon")
            .workMode(WorkMode.ONSITE)
            .city("Lyon")
            .createdAt(ago(1))
            .build());
    engine.add(
        demand("react-telaviv", "noam@telaviv", "Need a React dev")
            .languages("he", "en")
            .createdAt(ago(2))
            .build());
    engine.add(
        offer("hidden-berlin", "jonas@berlin", "React developer")
            .visibility(Visibility.SPACE)
            .createdAt(ago(0))
            .build());
    engine.awaitSearchable();
  }

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void withoutTextTheNewestVisiblePostsComeFirst() {
    assertEquals(
        List.of("photo-lyon", "react-telaviv", "react-paris"), ids(NetworkSearch.from("paris")));
    assertEquals(
        List.of("hidden-berlin", "photo-lyon", "react-telaviv", "react-paris"),
        ids(NetworkSearch.from("berlin")));
  }

  @Test
  void freeTextFindsPostsInEitherLanguage() {
    assertEquals(
        Set.of("react-paris", "react-telaviv"),
        Set.copyOf(ids(NetworkSearch.from("paris").withText("react developer"))));
  }

  @Test
  void filtersNarrowTheResults() {
    assertEquals(
        List.of("react-paris"),
        ids(NetworkSearch.from("paris").withText("react").withKind(PostKind.OFFER)));
    assertEquals(List.of("photo-lyon"), ids(NetworkSearch.from("paris").inCity("lyon")));
    assertEquals(List.of("react-telaviv"), ids(NetworkSearch.from("paris").speaking("he")));
    assertEquals(
        List.of("react-telaviv", "react-paris"),
        ids(NetworkSearch.from("paris").withSkills(Set.of("React"))));
    assertEquals(
        List.of("react-telaviv", "react-paris"), ids(NetworkSearch.from("paris").onlyRemote()));
  }

  private List<String> ids(NetworkSearch search) {
    return engine.search(search, 10).stream().map(Post::id).toList();
  }

  private static java.time.Instant ago(int days) {
    return TestPosts.NOW.minus(Duration.ofDays(days)).minusSeconds(60);
  }
}
