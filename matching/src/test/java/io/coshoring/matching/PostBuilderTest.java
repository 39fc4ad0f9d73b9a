package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PostBuilderTest {

  @Test
  void aValidPostKeepsItsValuesAndExpiresAfterThirtyDays() {
    Post post = offer("o1", "lea@paris", "  I edit promo videos, FR/EN  ").build();

    assertEquals("I edit promo videos, FR/EN", post.text());
    assertEquals(ZoneId.of("Europe/Paris"), post.zone());
    assertEquals(post.createdAt().plus(Post.DEFAULT_LIFETIME), post.expiresAt());
    assertEquals(Visibility.NETWORK, post.visibility());
  }

  @Test
  void emptyTextIsRefusedWithAnExample() {
    InvalidPostException e =
        assertThrows(InvalidPostException.class, () -> offer("o1", "lea@paris", "   ").build());

    assertEquals("text", e.field());
    assertTrue(e.getMessage().startsWith("text: is empty"), e.getMessage());
  }

  @Test
  void oversizedTextIsRefusedWithItsLengthAndTheLimit() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class, () -> offer("o1", "lea@paris", "a".repeat(5_000)).build());

    assertEquals("text", e.field());
    assertTrue(
        e.getMessage().contains("5000 characters") && e.getMessage().contains("4000"),
        e.getMessage());
  }

  @Test
  void controlCharactersAreRefusedButNewlinesAreKept() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class, () -> offer("o1", "lea@paris", "React\u0007 dev").build());
    assertTrue(
        e.getMessage().contains("U+0007") && e.getMessage().contains("position 6"), e.getMessage());

    assertEquals("React\ndev", offer("o1", "lea@paris", "React\ndev").build().text());
  }

  @Test
  void unknownTimezoneIsNamed() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class,
            () -> offer("o1", "lea@paris", "React").timezone("Europe/Pariss"));

    assertEquals("timezone", e.field());
    assertTrue(e.getMessage().contains("'Europe/Pariss'"), e.getMessage());
  }

  @Test
  void onSiteWorkNeedsACity() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class,
            () -> demand("d1", "noam@telaviv", "photographer").workMode(WorkMode.ONSITE).build());

    assertEquals("city", e.field());
  }

  @Test
  void languagesMustBeIsoCodes() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class,
            () -> offer("o1", "lea@paris", "React").languages("french").build());

    assertEquals("languages", e.field());
    assertTrue(e.getMessage().contains("'french'"), e.getMessage());
  }

  @Test
  void availabilityMustEndAfterItStarts() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class,
            () ->
                offer("o1", "lea@paris", "React")
                    .availableFrom(LocalDate.of(2026, 12, 10))
                    .availableUntil(LocalDate.of(2026, 12, 1))
                    .build());

    assertEquals("until", e.field());
  }

  @Test
  void anUnknownAuthorOrSpaceIsRefused() {
    assertEquals(
        "author",
        assertThrows(
                InvalidPostException.class,
                () -> offer("o1", "lea@paris", "React").author(" ").build())
            .field());
    assertEquals(
        "space",
        assertThrows(
                InvalidPostException.class,
                () -> offer("o1", "lea@paris", "React").space(null).build())
            .field());
  }
}
