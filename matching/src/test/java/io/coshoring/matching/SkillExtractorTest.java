package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillExtractorTest {

  private final SkillTaxonomy taxonomy =
      TestTaxonomy.of(
          "react | React | reactjs, react.js | développement react",
          "react-native | React Native | #rn | application react native",
          "golang | Go | #go, go lang, go developer | langage go, développeur go",
          "video-editing | Video editing | video editor | montage vidéo, monteuse vidéo",
          "machine-learning | Machine learning | ml | apprentissage automatique",
          "csharp | C# | c sharp | développement c#",
          "back-end-development | Back-end development | backend developer, back-end | développeur back-end",
          "e-learning | E-learning | elearning | formation en ligne",
          "translation | Translation | translator | traducteur, traduction | תרגום, מתרגם",
          "video-editing-he | Video editing in Hebrew | hebrew video editing | montage en hébreu | עורך וידאו",
          "facilitation | Facilitation | workshop facilitation | !animation, animateur d'ateliers",
          "animation | Animation | !animation, animator | animation 2d, animateur 2d",
          "pitch-deck | Pitch deck | investor deck | deck investisseurs",
          "investor-relations | Investor relations | board deck | reporting investisseurs",
          "photo-editing | Photo editing | photo editing, photo retouching | retouche photo");
  private final SkillExtractor extractor = new SkillExtractor(taxonomy);

  @Test
  void twoWordsBeforeTheNounTheyShareNameTwoSkills() {
    assertEquals(
        Set.of("pitch-deck", "investor-relations"),
        extractor.fromText("Slides studio: investor and board decks, fast turnaround"));
    assertEquals(
        Set.of("photo-editing", "video-editing"),
        extractor.fromText("I do photo or video editing for small shops"));
  }

  @Test
  void aSentenceBetweenTheWordsAndTheNounSharesNothing() {
    assertEquals(
        Set.of("investor-relations"), extractor.fromText("We met an investor. And board decks?"));
  }

  @Test
  void frenchAndEnglishNamesMeetOnOneSkill() {
    assertEquals(Set.of("react"), extractor.fromText("Développeuse React.js freelance"));
    assertEquals(Set.of("react"), extractor.fromText("Senior REACTJS developer"));
    assertEquals(
        Set.of("video-editing"),
        extractor.fromText("Je fais du montage vidéo, des montages vidéos aussi"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Cherche développeur·se back-end | back-end-development",
        "Un·e développeur.euse backend | back-end-development",
        "développeur(se) Back-End | back-end-development",
        "traducteur·rice anglais | translation",
        "Traducteur.trice.s | translation",
        "l'e-learning de l'équipe | e-learning",
        "our elearning platform | e-learning",
        "des e-learnings | e-learning",
        "a backend developer | back-end-development",
        "a senior Go dev ASAP | golang",
        "cherche un dev Go | golang",
        "צריך עורך/ת וידאו לאינסטגרם | video-editing-he",
        "מחפשים מתרגם/ת לאתר | translation",
        "ולתרגום של המצגת | translation"
      })
  void inclusiveFormsElisionsAndHyphensReadAsTheSkill(String text, String skill) {
    assertEquals(Set.of(skill), extractor.fromText(text));
  }

  @Test
  void aWordThatNamesDifferentWorkInEachLanguageCountsInItsOwn() {
    assertEquals(
        Set.of("facilitation"), extractor.fromText("Cherche une animation pour notre séminaire"));
    assertEquals(
        Set.of("animation"), extractor.fromText("Looking for animation for our product video"));
    assertEquals(Set.of(), extractor.fromText("animation"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A React developer for our Shopify store | react, shopify | shopify",
        "Développeur React pour notre boutique Shopify | react, shopify | shopify",
        "Automate our process with Zapier and React | react, zapier | ''",
        "Help with our React app | react | ''",
        "A Shopify expert for our React and Shopify site | react, shopify | react"
      })
  void aDemandsSettingIsReadApartFromItsWork(String text, String skills, String context) {
    SkillExtractor reader =
        new SkillExtractor(
            TestTaxonomy.of(
                "react | React | react developer | développeur react",
                "shopify | Shopify | shopify store, shopify expert | boutique shopify",
                "zapier | Zapier | zaps | automatisation zapier"));

    IndexedPost read = reader.read(TestPosts.demand("d", "lea@paris", text).build());

    assertEquals(Set.of(skills.split(", ")), read.skills());
    assertEquals(context.isEmpty() ? Set.of() : Set.of(context.split(", ")), read.context(), text);
  }

  @Test
  void aPostKeepsTheDirectionsItTranslatesAndAHyphenPairOnlyWhenItIsAboutTranslation() {
    IndexedPost translator =
        extractor.read(TestPosts.offer("o1", "lea@paris", "Traduction anglais-français").build());
    IndexedPost editor =
        extractor.read(TestPosts.offer("o2", "tom@lyon", "Montage vidéo, FR/EN").build());

    assertEquals(
        Set.of(new LanguagePair("en", "fr"), new LanguagePair("fr", "en")),
        translator.translates());
    assertEquals(Set.of(), editor.translates());
  }

  @Test
  void theLongestPhraseWins() {
    assertEquals(Set.of("react-native"), extractor.fromText("an app in React Native"));
  }

  @Test
  void hashtagsMatchAliasesWrittenTogether() {
    assertEquals(
        Set.of("machine-learning", "react", "golang"),
        extractor.fromText("#MachineLearning #react_js #go"));
  }

  @Test
  void prosewordsThatAreAlsoSkillsOnlyCountAsHashtags() {
    assertEquals(Set.of(), extractor.fromText("we go to Lyon next week"));
  }

  @Test
  void unknownHashtagsStayAsRawTags() {
    assertEquals(Set.of("#veganfood", "react"), extractor.fromText("React for #VeganFood startup"));
  }

  @Test
  void symbolsInsideWordsAreKept() {
    assertEquals(Set.of("csharp"), extractor.fromText("C# games, Unity"));
  }

  @Test
  void skillsNamedOutsideTheTextAreResolvedOrKeptAsTags() {
    Post post =
        TestPosts.offer("o1", "lea@paris", "Freelance, dispo en décembre")
            .skills(Set.of("apprentissage automatique", "Barista art"))
            .build();

    assertEquals(Set.of("machine-learning", "#baristaart"), extractor.skillsOf(post));
  }

  @Test
  void anAliasNamingTwoSkillsIsRefusedAtLoad() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> TestTaxonomy.of("a | A | shared | x", "b | B | shared | y"));

    assertTrue(e.getMessage().contains("'shared' names both a and b"), e.getMessage());
  }
}
