package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MatchWeightsTest {

  @Test
  void theShippedFileNamesEveryWeightAndReadsBackAsWritten() {
    MatchWeights weights = MatchWeights.standard();
    MatchWeights again = MatchWeights.of(weights.asProperties(), "written");

    assertEquals(Weight.values().length, weights.asProperties().size());
    for (Weight weight : Weight.values()) {
      assertTrue(weights.get(weight) >= 0, weight.key());
      assertEquals(weights.get(weight), again.get(weight), weight.key());
    }
  }

  @Test
  void aMissingOrUnknownOrUnreadableWeightIsRefusedByName() {
    Properties complete = MatchWeights.standard().asProperties();

    Properties missing = (Properties) complete.clone();
    missing.remove("skill.related");
    Properties unknown = (Properties) complete.clone();
    unknown.setProperty("skill.cousin", "0.2");
    Properties unreadable = (Properties) complete.clone();
    unreadable.setProperty("hours.full", "four");

    assertMessage("w.properties: no value for skill.related", missing);
    assertMessage("w.properties: skill.cousin is no weight of the scorer", unknown);
    assertMessage("w.properties: hours.full = 'four' is not a number", unreadable);
  }

  private static void assertMessage(String expected, Properties properties) {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> MatchWeights.of(properties, "w.properties"));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
