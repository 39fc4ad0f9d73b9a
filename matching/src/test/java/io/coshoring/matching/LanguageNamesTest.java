package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageNamesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a native French voice-over | fr",
        "quelqu'un qui parle portugais | pt",
        "traduction anglais-français | en, fr",
        "Brazilian Portuguese voice | pt",
        "מתרגם/ת מעברית לאנגלית | he, en",
        "VOSTFR for a documentary, English audio | fr, en",
        "a React developer, remote | ''"
      })
  void theLanguagesATextNamesAreFoundInEachLanguage(String text, String codes) {
    assertEquals(
        codes.isEmpty() ? Set.of() : Set.of(codes.split(", ")),
        LanguageNames.in(Folding.tokens(InclusiveWriting.base(text))));
  }
}
