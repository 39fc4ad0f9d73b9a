package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which demands ask in words for someone to come to their place. */
class PresenceWordsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "A data engineer who can drop by our new Berlin office on Mondays? | false",
        "A data engineer who can come to our new Berlin office on Mondays | true",
        "Designer wanted, at our studio office twice a month | true",
        "Help in person for the launch week | true",
        "Some days on-site would be great | true",
        "Un·e graphiste qui passe dans nos locaux le jeudi | true",
        "Une journée par semaine en présentiel à Nantes | true",
        "Quelques jours sur place en mars | true",
        "מחפשים מעצבת שתגיע למשרד שלנו פעם בשבוע | true",
        "A recruiter to hire five engineers for our Berlin office | false",
        "Someone to answer calls during our office hours | false",
        "Fully remote, no need to come to our office | false",
        "Pas besoin de venir dans nos locaux, tout se fait en visio | false",
        "לא צריך להגיע למשרד | false",
      })
  void readsWhetherADemandAsksSomeoneToCome(String text, boolean asked) {
    assertEquals(asked, PresenceWords.in(Folding.tokens(text)), text);
  }
}
