package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The short forms the shipped taxonomy knows, each read by the other skills of its post. */
class ShippedShortFormsTest {

  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
  private static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "PM with PMP certification, Gantt charts and weekly status; project-management; product-management",
        "PM for our SaaS: product discovery and user interviews; product-management; project-management",
        "QA for our ISO 9001 certification; quality-management; software-testing",
        "QA with Cypress and Playwright for our web app; software-testing; quality-management",
        "DS for time series forecasting, two months; data-science; design-systems",
        "DS and UI design for our mobile app; design-systems; data-science",
        "AE for SaaS sales in the DACH region; sales; after-effects",
        "AE and Premiere Pro for motion design; after-effects; sales",
        "CSM certified, sprint planning and retros; scrum; customer-success",
        "SM for our brand: TikTok marketing and influencer marketing; social-media; scrum",
        "AMOA pour la refonte de notre SI : rédaction de cahier des charges; business-analysis; construction-management",
        "AMO pour la rénovation de nos bureaux, suivi de chantier; construction-management; business-analysis",
        "Cherche une DA pour notre lookbook, planche de tendances comprise; art-direction; intellectual-property",
        "Cession des DA et dépôt de marque à l'INPI; intellectual-property; art-direction"
      })
  void theOtherSkillsOfAPostTellWhatItsShortFormMeans(String text, String meant, String notMeant) {
    Set<String> found = EXTRACTOR.fromText(text);

    assertTrue(found.contains(meant) && !found.contains(notMeant), text + " gave " + found);
  }

  @Test
  void aShortFormAloneNeedsOneOfItsMeanings() {
    IndexedPost read =
        EXTRACTOR.read(TestPosts.demand("d", "lea@paris", "Need a PM, 3 days a week").build());

    assertEquals(
        new Need(Set.of("product-management", "project-management"), "PM"),
        read.needs().get(0),
        read.needs().toString());
  }

  @Test
  void anHourIsNoShortForm() {
    assertEquals(Set.of(), EXTRACTOR.fromText("Free from 2 to 6 PM on Fridays"));
  }
}
