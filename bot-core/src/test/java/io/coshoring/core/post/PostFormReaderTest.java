package io.coshoring.core.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.PostForm.Field;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.InvalidPostException;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.WorkingHours;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostFormReaderTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
  private static final Phrases ENGLISH = Phrasebook.standard().in(Language.ENGLISH);
  private static final Phrases FRENCH = Phrasebook.standard().in(Language.FRENCH);
  private static final Phrases HEBREW = Phrasebook.standard().in(Language.HEBREW);

  @Test
  void aBadPriceIsExplainedBesideItsFieldInTheMembersLanguage() {
    PostForm form = new PostForm(PostKind.OFFER, "Montage vidéo", "", "60", "", "", "", "", "");

    PostFormException english =
        assertThrows(PostFormException.class, () -> PostFormReader.read(form, TODAY, ENGLISH));
    PostFormException french =
        assertThrows(PostFormException.class, () -> PostFormReader.read(form, TODAY, FRENCH));

    assertEquals(
        Map.of(
            Field.PRICE,
            "'60' has no currency; write it like 60 EUR/hour, 450 EUR/day, 2000 EUR/week or 3000"
                + " EUR/project."),
        english.errors());
    assertEquals(
        Map.of(
            Field.PRICE,
            "'60' n’indique pas de devise ; écrivez-le comme 60 EUR/heure, 450 EUR/jour, 2000"
                + " EUR/semaine ou 3000 EUR/projet."),
        french.errors());
  }

  @Test
  void theEnginesRefusalNamesItsFieldOnTheDescription() {
    InvalidPostException refused =
        assertThrows(InvalidPostException.class, () -> Post.builder().timezone("Mars/Base"));

    assertEquals(
        Map.of(
            Field.DESCRIPTION,
            "Fuseau horaire : 'Mars/Base' n’est pas un fuseau horaire connu ; utilisez un"
                + " identifiant IANA comme Europe/Paris ou Asia/Jerusalem."),
        PostFormReader.errorOf(refused, FRENCH).errors());
  }

  @Test
  void hoursAreRefusedInHebrew() {
    InvalidPostException refused =
        assertThrows(InvalidPostException.class, () -> WorkingHours.parse("9-9"));

    String error = PostFormReader.errorOf(refused, HEBREW).errors().get(Field.DESCRIPTION);
    assertTrue(error.contains("שעות עבודה"), error);
    assertTrue(error.contains("שעת ההתחלה ושעת הסיום זהות"), error);
  }
}
