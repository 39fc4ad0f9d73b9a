package io.coshoring.core.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.text.RichText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files within a platform's limit cross; one over it is named, in the channel's language. */
class CarriedFilesTest {

  private static final long LIMIT = 8 * 1_000_000;

  private final Attachment plan = new Attachment("plan.pdf", "application/pdf", 840_400, "u1");
  private final Attachment tour = new Attachment("tour.mp4", "video/mp4", 12_540_000, "u2");
  private final RelayedMessage message =
      new RelayedMessage(
          "Camille",
          "Paris",
          null,
          new RichText(List.of(new RichText.Paragraph(List.of(new RichText.Text("the visit"))))),
          null,
          List.of(plan, tour));

  @Test
  void aFileWithinTheLimitCrossesAndOneOverItIsNamedWithBothSizes() {
    CarriedFiles carried = within(Language.ENGLISH);
    assertEquals(List.of(plan), carried.files());
    assertEquals(
        "the visit\n📎 tour.mp4 (12.5 MB) is over Discord's limit of 8 MB for a file, so it stays"
            + " where it was posted: ask Camille for it.",
        carried.text().plain());
  }

  @Test
  void theNoteIsInTheChannelsLanguageWithItsNumbers() {
    String french = within(Language.FRENCH).text().plain();
    assertTrue(
        french.endsWith(
            "📎 tour.mp4 (12,5 Mo) dépasse la limite de 8 Mo par fichier de Discord : il reste là"
                + " où il a été publié. Demandez-le à Camille."),
        french);
    String hebrew = within(Language.HEBREW).text().plain();
    // Names and sizes keep their own direction inside the Hebrew sentence.
    assertTrue(hebrew.contains("\u2068tour.mp4\u2069 (\u206812.5 MB\u2069)"), hebrew);
    assertTrue(hebrew.endsWith("מ־\u2068Camille\u2069."), hebrew);
  }

  private CarriedFiles within(Language language) {
    return CarriedFiles.within(message, LIMIT, "Discord", Phrasebook.standard().in(language));
  }
}
