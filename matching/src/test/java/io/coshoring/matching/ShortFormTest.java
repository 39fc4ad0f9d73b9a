package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Short forms that name one of several skills: how the taxonomy writes them, and how posts read.
 */
class ShortFormTest {

  private final SkillTaxonomy taxonomy =
      TestTaxonomy.of(
          "product-management | Product management | product manager, ?PM | chef de produit",
          "project-management | Project management | project manager, gantt, ?PM | chef de projet",
          "product-roadmap | Product roadmap | roadmap | feuille de route | | product-management",
          "office-move | Office move | office move | déménagement de bureaux | | | project-management",
          "react | React | react developer | développeur react",
          "art-direction | Art direction | art director, moodboard | directrice artistique, ?!DA",
          "intellectual-property | Intellectual property | copyright | droits d'auteur, ?!DA");
  private final SkillExtractor extractor = new SkillExtractor(taxonomy);

  @Test
  void aShortFormWrittenByTwoSkillsNamesEither() {
    ShortForm pm = taxonomy.shortForm("pm", TextLanguage.ENGLISH);

    assertEquals("PM", pm.name());
    assertEquals(Set.of("product-management", "project-management"), pm.meanings());
  }

  @Test
  void aShortFormMarkedForItsLanguageCountsOnlyInThatLanguage() {
    assertEquals(
        Set.of("art-direction", "intellectual-property"),
        taxonomy.shortForm("da", TextLanguage.FRENCH).meanings());
    assertNull(taxonomy.shortForm("da", TextLanguage.ENGLISH));
  }

  @Test
  void aShortFormNamingOneSkillIsRefused() {
    assertEquals(
        "test.txt:1: short form 'PM' names only a; write it as a plain alias",
        refusal("a | A | ?PM | x", "b | B | other | y"));
  }

  @Test
  void aShortFormThatIsAlsoAnAliasOrAHashtagIsRefused() {
    assertEquals(
        "test.txt:1: short form 'PM' of a, b is also an alias of c",
        refusal("a | A | ?PM | x", "b | B | ?PM | y", "c | C | pm | z"));
    assertEquals(
        "test.txt:1: short form 'PM' of a, b is also an alias of c",
        refusal("a | A | ?PM | x", "b | B | ?PM | y", "c | C | #pm | z"));
  }

  @Test
  void aShortFormCountsEverywhereOrInOneLanguageNotBoth() {
    assertEquals(
        "test.txt:2: short form 'PM' is written both for every language and for fr alone",
        refusal("a | A | ?PM | x", "b | B | ?PM | ?!PM", "c | C | y | ?!PM"));
  }

  @Test
  void aShortFormWithoutLettersIsRefused() {
    assertEquals(
        "test.txt:1: short form '?!' has no letters", refusal("a | A | ?! | x", "b | B | y | z"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // The family of a skill named besides: a roadmap is product management's.
        "We need a PM to own our roadmap | product-management, product-roadmap",
        // A related skill: an office move is run as a project.
        "Need a PM for our office move | project-management, office-move",
        // The meaning itself, named in other words.
        "PM: Gantt charts and weekly status | project-management",
        "Cherche une DA pour le moodboard de la collection | art-direction",
        "Cession des DA et dépôt du copyright | intellectual-property",
        // An hour, not a title.
        "React developer, free from 2 to 6 PM | react",
        // A French short form in an English text is no short form.
        "React developer, DA certified | react"
      })
  void theOtherSkillsOfAPostChooseWhatAShortFormMeans(String text, String skills) {
    IndexedPost read = extractor.read(TestPosts.demand("d", "lea@paris", text).build());

    assertEquals(Set.of(skills.split(", ")), read.skills(), text);
    assertTrue(read.needs().stream().allMatch(need -> need.shortForm() == null), read.toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Looking for a PM for three months",
        "#PM wanted, three months",
        "A PM and a React developer for our new app"
      })
  void withNothingToTellAPostNeedsOneOfTheMeanings(String text) {
    IndexedPost read = extractor.read(TestPosts.demand("d", "lea@paris", text).build());

    Need pm = new Need(Set.of("product-management", "project-management"), "PM");
    assertTrue(read.needs().contains(pm), read.needs().toString());
    assertTrue(read.skills().containsAll(pm.anyOf()), read.skills().toString());
  }

  @Test
  void aShortFormInTheSkillsFieldIsReadAsInTheText() {
    Post post =
        TestPosts.offer("o", "tom@lyon", "Freelance, three days a week")
            .skills(Set.of("PM"))
            .build();

    assertEquals(
        List.of(new Need(Set.of("product-management", "project-management"), "PM")),
        extractor.read(post).needs());
  }

  private static String refusal(String... lines) {
    return assertThrows(IllegalStateException.class, () -> TestTaxonomy.of(lines)).getMessage();
  }
}
