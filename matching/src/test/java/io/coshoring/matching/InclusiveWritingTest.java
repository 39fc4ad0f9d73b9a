package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InclusiveWritingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "développeur·se | développeur",
        "développeur·euse | développeur",
        "développeur·euse·s | développeur",
        "Développeur•se | Développeur",
        "traducteur.rice | traducteur",
        "traducteur.trice.s | traducteur",
        "illustrateur-trice | illustrateur",
        "ingénieur(e) | ingénieur",
        "ingénieur(e)(s) | ingénieur",
        "INGÉNIEUR.E.S | INGÉNIEUR",
        "chef·fe de projet | chef de projet",
        "un·e rédacteur·ice | un rédacteur",
        "infirmier·ère | infirmier",
        "sportif·ve | sportif",
        "cherche un.e dev | cherche un dev",
        "דרוש/ה מפתח/ת פייתון | דרוש מפתח פייתון",
        "עורך/ת וידאו | עורך וידאו",
        "node.js et react.js | node.js et react.js",
        "front-end, back-end, full-stack | front-end, back-end, full-stack",
        "e-mail, sous-titres, week-end | e-mail, sous-titres, week-end",
        "www.example.com | www.example.com",
        "C'est prêt. Les autres | C'est prêt. Les autres"
      })
  void inclusiveFormsAreReadAsTheirBaseWordAndNothingElseChanges(String written, String read) {
    assertEquals(read, InclusiveWriting.base(written));
  }
}
