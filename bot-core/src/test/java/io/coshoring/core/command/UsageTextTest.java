package io.coshoring.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import org.junit.jupiter.api.Test;

/** The words standing for what to write are the reader's; the syntax stays. */
class UsageTextTest {

  @Test
  void placeholdersAreInTheReadersLanguageAndTheRestStays() {
    String usage = "/offer <what you offer> [rate:60EUR/hour] [city:Paris]";
    assertEquals(
        "/offer <ce que vous proposez> [rate:60EUR/hour] [city:Paris]",
        UsageText.in(Phrasebook.standard().in(Language.FRENCH), usage));
    assertEquals(
        "/coshore close <מזהה הפרסום>",
        UsageText.in(Phrasebook.standard().in(Language.HEBREW), "/coshore close <post id>"));
    assertEquals(usage, UsageText.in(Phrasebook.standard().in(Language.ENGLISH), usage));
  }

  @Test
  void aPlaceholderWithoutWordsInTheBundlesIsShownAsWritten() {
    assertEquals(
        "/coshore bridge join <ticket>",
        UsageText.in(Phrasebook.standard().in(Language.FRENCH), "/coshore bridge join <ticket>"));
  }
}
