package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillTaxonomyTest {

  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
  private static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);

  @Test
  void coversTheWorkOfCoworkingSpacesWithEightHundredSkills() {
    assertTrue(TAXONOMY.skills().size() >= 800, "skills: " + TAXONOMY.skills().size());
    Set<String> categories =
        TAXONOMY.skills().stream().map(Skill::category).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "software",
            "hardware",
            "teaching",
            "design",
            "video-and-media",
            "marketing",
            "writing-and-translation",
            "legal",
            "finance",
            "business",
            "wellbeing-and-coaching",
            "events-and-hospitality",
            "architecture-and-building"),
        categories);
  }

  @Test
  void everySkillHasEnglishAndFrenchAliases() throws IOException {
    List<String> incomplete = new ArrayList<>();
    for (String[] columns : skillLines()) {
      if (columns.length < 4 || columns[2].isBlank() || columns[3].isBlank()) {
        incomplete.add(String.join(" | ", columns));
      }
    }
    assertEquals(List.of(), incomplete);
  }

  @Test
  void theCommonestSkillsHaveHebrewAliasesAndMostHaveAFamily() throws IOException {
    List<String[]> lines = skillLines();
    long hebrew = lines.stream().filter(c -> c.length > 4 && !c[4].isBlank()).count();
    long withFamily = TAXONOMY.skills().stream().filter(s -> !s.broader().isEmpty()).count();

    assertTrue(hebrew >= 200, "skills with Hebrew aliases: " + hebrew);
    assertTrue(
        withFamily * 2 > lines.size(),
        "skills with a broader one: " + withFamily + " of " + lines.size());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Cherche un·e développeur·se back-end Node.js pour 3 mois; back-end-development",
        "Ingénieure DevOps, pipelines GitHub Actions et Terraform; github-actions",
        "Data analyst Power BI et SQL, tableaux de bord pour PME; data-analysis",
        "Administratrice systèmes et réseaux, sauvegarde des données; system-administration",
        "מפתחת פול סטאק מחפשת פרויקט; full-stack-development",
        "Création de site vitrine WordPress pour artisans; website-creation",
        // French "animation" runs a workshop or an event; English "animation" is animated video.
        "Animation d'ateliers pour notre séminaire; workshop-facilitation",
        "Je cherche une facilitatrice pour l'animation de notre séminaire; workshop-facilitation",
        "2D animation for our product launch; animation-2d",
        "We need animation for our explainer; animated-video",
        // French "formation" is training; English "formation" is setting up a company.
        "Je cherche une formation pour mon équipe; corporate-training",
        "Need help with the formation of our company; company-formation",
        // French "rédaction" is writing; English "redaction" is blacking out documents.
        "Je propose de la rédaction pour vos sites; writing-services",
        "Redaction of the documents in our data room; document-review",
        // French "BD" is a comic book; an English BD is business development.
        "Je dessine une BD pour votre marque; comics",
        "Looking for a BD manager for the Israeli market; business-development",
        // French "emailing" is email marketing; English "emailing" is sending someone an email.
        "Je cherche quelqu'un pour notre emailing mensuel; email-marketing",
        // An elided d' says the text is French, where it has no other small word.
        "Séquences d'emailing, lead nurturing; email-marketing",
        "Commercial indépendant pour la région parisienne; sales",
        "Monteuse vidéo freelance; video-editing",
        "Traductrice anglais-français; translation-en-fr",
        "Expert-comptable pour startups; accounting",
        "Cheffe de projet événementiel; event-organisation",
        "Chargée de communication en CDD; communication-strategy",
        "Rédactrice web SEO; seo-writing",
        "Graphiste print; print-design",
        "Wedding photographer in Tel Aviv; wedding-photography",
        "Interprète français-hébreu pour un salon; interpreting-fr-he",
        "Dépôt de marque à l'INPI; trademark",
        "Coach sportif en entreprise; personal-training",
        "Architecte d'intérieur pour nos bureaux; interior-design",
        "Traffic manager freelance; online-advertising",
        "מעצבת גרפית פרילנסרית; graphic-design",
        "מחפשים רואה חשבון לחברה; accounting",
        "עורכת דין לסטארטאפים; startup-legal",
        "צריך תרגום מאנגלית לעברית; translation-en-he"
      })
  void titlesToolsAndFalseFriendsAreRecognised(String text, String skill) {
    Set<String> found = EXTRACTOR.fromText(text);
    assertTrue(found.contains(skill), text + " gave " + found);
  }

  @Test
  void anEnglishVerbThatIsAFrenchTradeNamesNoSkill() {
    assertEquals(Set.of(), EXTRACTOR.fromText("Instead of emailing our clients one by one"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Développeur React freelance; React developer for hire",
        "Je fais du montage vidéo; I edit videos, video editor",
        "Expert en référencement naturel; SEO consultant",
        "Orchestration de conteneurs avec k8s; Kubernetes engineer",
        "Comptable pour ma SAS; Accountant for small companies",
        "Traduction anglais-français; English to French translation"
      })
  void frenchAndEnglishWordingsMeetOnTheSameSkills(String french, String english) {
    Set<String> fromFrench = EXTRACTOR.fromText(french);
    assertTrue(!fromFrench.isEmpty(), "no skill found in: " + french);
    assertEquals(fromFrench, EXTRACTOR.fromText(english), french + " / " + english);
  }

  /** Each skill's line of the shipped files, split in its columns. */
  private static List<String[]> skillLines() throws IOException {
    List<String[]> lines = new ArrayList<>();
    for (String file : resource("index.txt").split("\n")) {
      for (String line : resource(file.strip()).split("\n")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("@")) {
          lines.add(trimmed.split("\\s*\\|\\s*", -1));
        }
      }
    }
    return lines;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SkillTaxonomy.class.getResourceAsStream("skills/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
