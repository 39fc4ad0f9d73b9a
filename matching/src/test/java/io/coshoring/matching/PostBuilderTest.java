package io.coshoring.matching;

import static io.coshoring.matching.TestPosts.demand;
import static io.coshoring.matching.TestPosts.offer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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

    assertEquals(Field.TEXT, e.field());
    assertEquals(Problem.TEXT_EMPTY, e.problem());
    assertTrue(e.getMessage().startsWith("text: is empty; describe what you"), e.getMessage());
  }

  @Test
  void oversizedTextIsRefusedWithItsLengthAndTheLimit() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class, () -> offer("o1", "lea@paris", "a".repeat(5_000)).build());

    assertEquals(Field.TEXT, e.field());
    assertEquals(Problem.TEXT_TOO_LONG, e.problem());
    assertEquals(Map.of("length", 5000, "maxLength", 4000), e.values());
    assertTrue(
        e.getMessage().contains("is 5000 characters long; the limit is 4000"), e.getMessage());
  }

  @Test
  void controlCharactersAreRefusedButNewlinesAreKept() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class, () -> offer("o1", "lea@paris", "React\u0007 dev").build());
    assertEquals(Problem.CONTROL_CHARACTER, e.problem());
    assertEquals(Map.of("character", "U+0007", "position", 6), e.values());
    assertTrue(e.getMessage().contains("(U+0007) at position 6"), e.getMessage());

    assertEquals("React\ndev", offer("o1", "lea@paris", "React\ndev").build().text());
  }

  @Test
  void unknownTimezoneIsNamed() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class,
            () -> offer("o1", "lea@paris", "React").timezone("Europe/Pariss"));

    assertEquals(Field.TIMEZONE, e.field());
    assertEquals("Europe/Pariss", e.typed());
    assertTrue(
        e.getMessage().startsWith("timezone: 'Europe/Pariss' is not a known timezone"),
        e.getMessage());
  }

  @Test
  void onSiteWorkNeedsACity() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class,
            () -> demand("d1", "noam@telaviv", "photographer").workMode(WorkMode.ONSITE).build());

    assertEquals(Field.CITY, e.field());
    assertEquals(Problem.CITY_NEEDED, e.problem());
  }

  @Test
  void languagesMustBeIsoCodes() {
    InvalidPostException e =
        assertThrows(
            InvalidPostException.class,
            () -> offer("o1", "lea@paris", "React").languages("french").build());

    assertEquals(Field.LANGUAGES, e.field());
    assertEquals(Problem.LANGUAGE_UNKNOWN, e.problem());
    assertEquals("french", e.typed());
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

    assertEquals(Field.UNTIL, e.field());
    assertEquals(Map.of("untilDate", "2026-12-01", "fromDate", "2026-12-10"), e.values());
    assertEquals("until: 2026-12-01 is before the start date 2026-12-10", e.getMessage());
  }

  @Test
  void anUnknownAuthorOrSpaceIsRefused() {
    assertEquals(
        Field.AUTHOR,
        assertThrows(
                InvalidPostException.class,
                () -> offer("o1", "lea@paris", "React").author(" ").build())
            .field());
    assertEquals(
        Field.SPACE,
        assertThrows(
                InvalidPostException.class,
                () -> offer("o1", "lea@paris", "React").space(null).build())
            .field());
  }
}
