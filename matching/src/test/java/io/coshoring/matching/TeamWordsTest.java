package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The teams a post's work serves are its setting, and no trade of the author's. */
class TeamWordsTest {

  private final SkillExtractor reader =
      new SkillExtractor(
          TestTaxonomy.of(
              "excel-training | Excel training | excel training, excel course | formation excel",
              "sales | Sales | sales, selling | vente, commercial",
              "human-resources | Human resources | hr, human resources | rh, ressources humaines",
              "dashboards | Dashboards | dashboards, kpi dashboards | tableaux de bord"));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Excel training for sales teams, in person or online | excel-training",
        "KPI dashboards for the HR department | dashboards",
        "Formation Excel pour les équipes RH et commerciales | excel-training",
        // Said as the trade too, it stays.
        "Sales coaching and Excel training for sales teams | sales, excel-training",
        // The trade after the team is French only: here it is the offer's work.
        "Excel training for teams: dashboards | excel-training, dashboards"
      })
  void anOffersTradeIsItsWorkNotTheTeamsItServes(String text, String skills) {
    IndexedPost read = reader.read(TestPosts.offer("o", "tom@lyon", text).build());

    assertEquals(Set.of(skills.split(", ")), read.skills(), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Need an Excel course for the sales team | sales",
        "Besoin d'une formation Excel pour l'équipe RH | human-resources"
      })
  void aDemandsTeamServedIsTheSettingOfTheWork(String text, String context) {
    IndexedPost read = reader.read(TestPosts.demand("d", "lea@paris", text).build());

    assertEquals(Set.of(context), read.context(), text);
  }
}
