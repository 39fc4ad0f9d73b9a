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
  void coversTheWorkOfCoworkingSpacesWithThreeHundredSkills() {
    assertTrue(TAXONOMY.skills().size() >= 300, "skills: " + TAXONOMY.skills().size());
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
            "business"),
        categories);
  }

  @Test
  void everySkillHasEnglishAndFrenchAliases() throws IOException {
    List<String> incomplete = new ArrayList<>();
    for (String file : resource("index.txt").split("\n")) {
      for (String line : resource(file.strip()).split("\n")) {
        if (line.isBlank() || line.strip().startsWith("#") || line.strip().startsWith("@")) {
          continue;
        }
        String[] columns = line.split("\\s*\\|\\s*", -1);
        if (columns.length < 4 || columns[2].isBlank() || columns[3].isBlank()) {
          incomplete.add(file + ": " + line);
        }
      }
    }
    assertEquals(List.of(), incomplete);
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
        "Création de site vitrine WordPress pour artisans; website-creation"
      })
  void techTitlesAndToolsAreRecognised(String text, String skill) {
    Set<String> found = EXTRACTOR.fromText(text);
    assertTrue(found.contains(skill), text + " -> " + found);
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

  private static String resource(String name) throws IOException {
    try (InputStream in = SkillTaxonomy.class.getResourceAsStream("skills/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
