package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationDirectionTest {

  private static final LanguagePair EN_FR = new LanguagePair("en", "fr");
  private static final LanguagePair FR_EN = new LanguagePair("fr", "en");

  @Test
  void anOfferTranslatingBothWaysAnswersEitherDirection() {
    Reasons reasons = new Reasons();

    assertEquals(1, TranslationDirection.share(Set.of(EN_FR), Set.of(EN_FR, FR_EN), reasons));
    assertEquals(List.of(Reason.of("translates", "directions", List.of("en→fr"))), reasons.list());
  }

  @Test
  void aDemandForBothWaysIsHalfAnsweredByOneWay() {
    Reasons reasons = new Reasons();

    assertEquals(0.5, TranslationDirection.share(Set.of(EN_FR, FR_EN), Set.of(EN_FR), reasons));
    assertEquals(
        List.of(
            Reason.of(
                "translatesOtherWay",
                "directions",
                List.of("en→fr"),
                "missingDirections",
                List.of("fr→en"))),
        reasons.list());
  }

  @Test
  void aPostThatStatesNoDirectionSaysNothingAgainstOne() {
    Reasons reasons = new Reasons();

    assertEquals(1, TranslationDirection.share(Set.of(EN_FR), Set.of(), reasons));
    assertEquals(1, TranslationDirection.share(Set.of(), Set.of(FR_EN), reasons));
    assertEquals(List.of(), reasons.list());
  }
}
