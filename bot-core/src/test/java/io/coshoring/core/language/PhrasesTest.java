package io.coshoring.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhrasesTest {

  private static final String ISOLATE = "\u2068";
  private static final String END = "\u2069";

  private final Phrasebook book = Phrasebook.standard();

  @Test
  void pluralsFollowEachLanguagesRules() {
    assertEquals(
        "Easy there: you've sent 1 command in the last minute. Please wait a minute and try again.",
        book.in(Language.ENGLISH).get("command.tooMany", "limit", 1));
    assertTrue(
        book.in(Language.FRENCH).get("command.tooMany", "limit", 20).contains("20 commandes"));
    // Hebrew has a dual: two is not "2 commands" but a word of its own.
    assertTrue(book.in(Language.HEBREW).get("command.tooMany", "limit", 2).contains("שתי פקודות"));
    assertTrue(book.in(Language.HEBREW).get("command.tooMany", "limit", 20).contains("20 פקודות"));
  }

  @Test
  void numbersAreWrittenTheLanguagesWay() {
    String english = book.in(Language.ENGLISH).get("mine.match", args(0.87));
    String french = book.in(Language.FRENCH).get("mine.match", args(0.87));

    assertTrue(english.contains(": 87%,"), english);
    // French puts a (narrow no-break) space before the percent sign.
    assertTrue(french.matches("(?s).*87\\h%.*"), french);
  }

  @Test
  void textInHebrewIsIsolatedSoThatLatinNamesKeepTheirDirection() {
    String hebrew = book.in(Language.HEBREW).get("match.introduction", "name", "Amélie");

    assertTrue(hebrew.contains(ISOLATE + "Amélie" + END), hebrew);
  }

  @Test
  void aHebrewNameInAnEnglishOrFrenchTextIsIsolatedTooButLatinTextIsLeftAlone() {
    assertTrue(
        book.in(Language.FRENCH)
            .get("match.introduction", "name", "דנה")
            .contains(ISOLATE + "דנה" + END));
    String english = book.in(Language.ENGLISH).get("match.introduction", "name", "Amélie");
    assertTrue(english.contains("**Amélie**"), english);
  }

  @Test
  void theValuesAPatternChoosesItsWordsByAreNotIsolated() {
    String hebrew =
        book.in(Language.HEBREW)
            .get(
                "post.expiring",
                "kind",
                "offer",
                "post",
                "p7k2m9",
                "date",
                "2026-12-31",
                "text",
                "Montage vidéo");

    assertTrue(hebrew.startsWith("ההצעה שלך"), hebrew);
    assertTrue(hebrew.contains(ISOLATE + "Montage vidéo" + END), hebrew);
  }

  @Test
  void valuesComeInPairs() {
    assertThrows(
        IllegalArgumentException.class,
        () -> book.in(Language.ENGLISH).get("match.introduction", "name"));
    assertThrows(IllegalArgumentException.class, () -> book.in(Language.ENGLISH).get("no.such"));
  }

  @Test
  void readsLanguagesAsPlatformsAndMembersWriteThem() {
    assertEquals(Optional.of(Language.FRENCH), Language.of("fr-FR"));
    assertEquals(Optional.of(Language.FRENCH), Language.of("fr_CA"));
    assertEquals(Optional.of(Language.HEBREW), Language.of("he-IL"));
    assertEquals(Optional.of(Language.HEBREW), Language.of("iw"));
    assertEquals(Optional.of(Language.ENGLISH), Language.of("en-US"));
    assertEquals(Optional.empty(), Language.of("de"));
    assertEquals(Optional.empty(), Language.of(null));
    assertEquals(Optional.empty(), Language.of(" "));
  }

  private static Object[] args(double score) {
    return new Object[] {"name", "Dana", "score", score, "state", "proposed", "answer", "none"};
  }
}
