package io.coshoring.core.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.cli.CommandException;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.Overlap;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PostRequestTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final Phrases ENGLISH = Phrasebook.standard().in(Language.ENGLISH);
  private static final Phrases FRENCH = Phrasebook.standard().in(Language.FRENCH);
  private static final Phrases HEBREW = Phrasebook.standard().in(Language.HEBREW);
  private static final String ISOLATE = "\u2068";
  private static final String END = "\u2069";

  @Test
  void readsTextAndOptionsInAnyOrder() {
    PostRequest request =
        PostRequest.parse(
            PostKind.OFFER,
            "I edit promo videos rate:\"60 EUR/hour\" onsite city:Paris, FR/EN until:2027-01-31"
                + " visibility:space overlap:async",
            TODAY,
            ENGLISH);

    assertEquals("I edit promo videos onsite FR/EN", request.text());
    assertEquals("60 EUR/hour", request.price().toString());
    assertEquals(WorkMode.ONSITE, request.workMode());
    assertEquals("Paris", request.city());
    assertEquals(LocalDate.of(2027, 1, 31), request.until());
    assertEquals(Visibility.SPACE, request.visibility());
    assertEquals(Overlap.ASYNC, request.overlap());
  }

  @Test
  void plainTextIsARemotePostForTheWholeNetwork() {
    PostRequest request =
        PostRequest.parse(
            PostKind.DEMAND, "need a React dev, 3 weeks. Note: urgent", TODAY, ENGLISH);

    assertEquals("need a React dev, 3 weeks. Note: urgent", request.text());
    assertEquals(WorkMode.REMOTE, request.workMode());
    assertEquals(Visibility.NETWORK, request.visibility());
    assertNull(request.price());
    assertNull(request.overlap(), "the skills named decide");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "OFFER | '' | please describe what you offer",
        "OFFER | rate:60EUR/h | please describe what you offer",
        "OFFER | videos rate:60 | rate: '60' has no currency",
        "OFFER | videos budget:100EUR | budget: is for demands; use rate: here",
        "DEMAND | a dev rate:100EUR | rate: is for offers; use budget: here",
        "DEMAND | a dev until:31/12/2026 | until: '31/12/2026' is not a date",
        "DEMAND | a dev until:2026-01-01 | until: 2026-01-01 is in the past",
        "DEMAND | a dev visibility:world | visibility: 'world' is not one of space or network",
        "DEMAND | a dev remote onsite | says both remote and onsite",
        "DEMAND | a dev city:Paris city:Lyon | city: is given twice",
        "DEMAND | a dev city:\"Paris | the quote after city: is not closed",
        "DEMAND | a dev city: | city: has no value",
        "DEMAND | a dev overlap:sometimes | overlap: 'sometimes' is not one of live or async"
      })
  void explainsWhatIsWrongWithTheUsageLine(PostKind kind, String line, String problem) {
    CommandException e =
        assertThrows(CommandException.class, () -> PostRequest.parse(kind, line, TODAY, ENGLISH));

    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertEquals(PostRequest.usage(kind), e.usage());
  }

  @Test
  void readsFrenchWordsAndAmounts() {
    PostRequest remote =
        PostRequest.parse(
            PostKind.OFFER, "Montage vidéo à distance tarif:1 500,50 €/jour", TODAY, FRENCH);
    PostRequest onsite =
        PostRequest.parse(
            PostKind.DEMAND, "Photographe sur place, une journée budget:1 500 €", TODAY, FRENCH);

    assertEquals(WorkMode.REMOTE, remote.workMode());
    assertEquals("1500.5 EUR/day", remote.price().toString());
    assertEquals(WorkMode.ONSITE, onsite.workMode());
    assertEquals("1500 EUR/project", onsite.price().toString());
    assertEquals(
        WorkMode.EITHER,
        PostRequest.parse(PostKind.OFFER, "Graphiste, hybride", TODAY, FRENCH).workMode());
  }

  @Test
  void explainsInTheMembersLanguage() {
    CommandException empty =
        assertThrows(
            CommandException.class, () -> PostRequest.parse(PostKind.DEMAND, "", TODAY, FRENCH));
    CommandException tarif =
        assertThrows(
            CommandException.class,
            () -> PostRequest.parse(PostKind.DEMAND, "un dev tarif:100EUR", TODAY, FRENCH));

    assertTrue(
        empty.getMessage().contains("merci de décrire ce que vous cherchez"), empty.getMessage());
    assertTrue(tarif.getMessage().contains("budget:"), tarif.getMessage());
  }

  @Test
  void theEnginesRefusalsNameTheFieldInTheMembersLanguage() {
    CommandException french =
        assertThrows(
            CommandException.class,
            () -> PostRequest.parse(PostKind.OFFER, "Montage vidéo rate:abc", TODAY, FRENCH));
    CommandException hebrew =
        assertThrows(
            CommandException.class,
            () -> PostRequest.parse(PostKind.OFFER, "עריכת וידאו rate:abc", TODAY, HEBREW));

    assertEquals(
        "tarif : 'abc' n’est pas un prix ; écrivez-le comme 60 EUR/heure, 450 EUR/jour,"
            + " 2000 EUR/semaine ou 3000 EUR/projet",
        french.getMessage());
    // The field's name and what was typed keep their own direction in the right-to-left text.
    assertTrue(hebrew.getMessage().startsWith(ISOLATE + "תעריף" + END + ": "), hebrew.getMessage());
    assertTrue(
        hebrew.getMessage().contains(ISOLATE + "'abc'" + END + " אינו מחיר"), hebrew.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void thePricesARefusalShowsAreOnesTheEngineReads(Language language) {
    Phrases phrases = Phrasebook.standard().in(language);
    CommandException refused =
        assertThrows(
            CommandException.class,
            () -> PostRequest.parse(PostKind.OFFER, "videos rate:abc", TODAY, phrases));
    Matcher example = Pattern.compile("\\d+ (?:EUR|₪)/\\p{L}+").matcher(refused.getMessage());

    int examples = 0;
    while (example.find()) {
      String line = "videos rate:" + example.group().replace(" ", "");
      assertEquals(
          example.group().replaceAll("\\D", ""),
          PostRequest.parse(PostKind.OFFER, line, TODAY, phrases).price().amount().toPlainString());
      examples++;
    }
    assertEquals(4, examples, refused.getMessage());
  }
}
