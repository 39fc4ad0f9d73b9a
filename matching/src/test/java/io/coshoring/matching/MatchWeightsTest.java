package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MatchWeightsTest {

  @Test
  void theShippedFileNamesEveryWeight() {
    MatchWeights weights = MatchWeights.standard();

    assertEquals(0.7, weights.get(Weight.TOPIC_SKILLS));
    assertEquals(Weight.values().length, weights.asProperties().size());
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
