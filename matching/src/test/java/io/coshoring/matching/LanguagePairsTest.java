package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagePairsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "English to French translator | en>fr",
        "We need translation help from English into French | en>fr",
        "Need EN>FR translation of our help centre | en>fr",
        "Subtitling EN > ES and EN > FR | en>es, en>fr",
        "Localisation en→fr de l'appli | en>fr",
        "Traducteur anglais > français : SaaS | en>fr",
        "Traduction de l'anglais vers le français | en>fr",
        "Traduction du français à l'anglais | fr>en",
        "Traductrice français > anglais, anglais langue maternelle | fr>en",
        "Traduction anglais-français de sites | en>fr, fr>en",
        "English-French translator | en>fr, fr>en",
        "FR/EN subtitles | en>fr, fr>en",
        "Subtitles, EN/PT/FR | en>pt, pt>en, en>fr, fr>en, pt>fr, fr>pt",
        "German <> English translation | de>en, en>de",
        "EN<>FR | en>fr, fr>en",
        "English and French, both ways | en>fr, fr>en",
        "English to French, and vice versa | en>fr, fr>en",
        "Traduction anglais vers français, dans les deux sens | en>fr, fr>en",
        "מתרגמת מאנגלית לעברית | en>he",
        "מעברית לצרפתית ומצרפתית לעברית | he>fr, fr>he",
        "תרגום אנגלית-עברית | en>he, he>en"
      })
  void aPairIsReadWithItsDirection(String text, String pairs) {
    assertEquals(pairs(pairs), LanguagePairs.in(PostText.of(text), true), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "French and English speaker",
        "Voix off en français et en anglais",
        "Montage de vidéos en hébreu, en français et en anglais",
        "Hebrew and English content, subtitles",
        "Traduction en anglais",
        "Cherche des cours d'hébreu en français",
        "Cherche un traducteur fr to en",
        "Migration Oracle (11g → 19c)",
        "English. French to come"
      })
  void languagesNamedWithoutADirectionAreNoPair(String text) {
    assertEquals(Set.of(), LanguagePairs.in(PostText.of(text), true), text);
  }

  /**
   * A slash or a hyphen says which languages someone works in; only in a post about translation
   * does it say which languages they translate between.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Community manager bilingue FR/EN",
        "Senior React engineer. Remote, EN/HE.",
        "Professeur particulier anglais-français"
      })
  void aSlashOrHyphenPairNeedsAPostAboutTranslation(String text) {
    assertEquals(Set.of(), LanguagePairs.in(PostText.of(text), false), text);
  }

  @Test
  void aSignedDirectionIsReadInAnyPost() {
    assertEquals(
        pairs("en>fr"),
        LanguagePairs.in(PostText.of("Consultante : traduction EN>FR du site"), false));
  }

  @Test
  void aPostIsAboutTranslationWhenItNamesTranslationWorkOrAKindOfIt() {
    assertTrue(LanguagePairs.aboutTranslation(Set.of("subtitling"), Set.of()));
    assertTrue(LanguagePairs.aboutTranslation(Set.of("translation-en-fr"), Set.of("translation")));
    assertFalse(LanguagePairs.aboutTranslation(Set.of("community-management"), Set.of()));
  }

  /** The translation work is named by skill ids: a renamed one would quietly stop hyphen pairs. */
  @ParameterizedTest
  @CsvSource({
    "Traduction anglais-français de sites",
    "Interprète de conférence français-anglais",
    "Sous-titrage FR/EN de vidéos"
  })
  void theStandardTaxonomyNamesTheTranslationWork(String text) {
    SkillExtractor extractor = new SkillExtractor(SkillTaxonomy.standard());

    IndexedPost read = extractor.read(TestPosts.offer("o", "lea@paris", text).build());

    assertEquals(pairs("en>fr, fr>en"), read.translates(), text);
  }

  /** "en>fr, fr>en" as the pairs it writes. */
  private static Set<LanguagePair> pairs(String written) {
    return Arrays.stream(written.split(", "))
        .map(pair -> pair.split(">"))
        .map(codes -> new LanguagePair(codes[0], codes[1]))
        .collect(Collectors.toSet());
  }
}
