package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The texts a translation is of are its setting, and no trade of the translator's. */
class TranslatedWordsTest {

  private final SkillExtractor reader =
      new SkillExtractor(
          TestTaxonomy.of(
              "translation | Translation | translator, translation services | traducteur, traductrice",
              "pitch-deck | Pitch deck | pitch deck, investor deck | deck investisseurs",
              "contract-law | Contract law | contracts, contract lawyer | contrats",
              "web-design | Web design | web designer | webdesigner"));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Translator, Hebrew to English: translation of pitch decks, contracts | translation",
        "Traductrice : traduction de pitch decks vers l'anglais | translation",
        "Translator. We translate your pitch deck into Spanish in 48 h | translation",
        // Named as the trade too, it stays.
        "Pitch deck writer and translator: translation of pitch decks | pitch-deck, translation",
        // Only texts translated, and no translator named: they are all the post says.
        "We translate investor decks | pitch-deck",
        // The texts end where the languages begin.
        "Translation services from French into English. Web designer too | translation, web-design"
      })
  void anOffersTradeIsTheTranslatingNotTheTextsItTranslates(String text, String skills) {
    IndexedPost read = reader.read(TestPosts.offer("o", "tom@lyon", text).build());

    assertEquals(Set.of(skills.split(", ")), read.skills(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Need a translator for the translation of a pitch deck into French | pitch-deck",
        "Besoin d'un traducteur pour traduire des contrats en hébreu | contract-law"
      })
  void aDemandsTextsToTranslateAreTheSettingOfTheWork(String text, String context) {
    IndexedPost read = reader.read(TestPosts.demand("d", "lea@paris", text).build());

    assertEquals(Set.of(context), read.context(), text);
  }
}
