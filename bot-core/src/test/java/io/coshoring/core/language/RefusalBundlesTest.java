package io.coshoring.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.coshoring.matching.InvalidPostException.Field;
import io.coshoring.matching.InvalidPostException.Problem;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every refusal the engine can give has its words in every language, naming the values the engine
 * gives with it; a problem or a field the engine gains cannot reach a member untranslated.
 */
class RefusalBundlesTest {

  private static final Pattern ENGLISH_VALUE = Pattern.compile("\\{(\\w+)\\}");

  private final Phrasebook book = Phrasebook.standard();

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyProblemHasItsMessageWithTheValuesTheEngineGives(Language language) {
    for (Problem problem : Problem.values()) {
      String pattern = book.pattern(language, "invalid." + problem.key());
      assertNotNull(pattern, language + " has no message for " + problem.key());
      assertEquals(valuesOf(problem), BundlesTest.values(pattern), language + " " + problem.key());
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyFieldHasAName(Language language) {
    for (Field field : Field.values()) {
      assertNotNull(
          book.pattern(language, "field." + field.id()), language + " does not name " + field);
    }
  }

  @Test
  void noMessageIsLeftForAProblemOrAFieldTheEngineNoLongerHas() {
    Set<String> problems = new TreeSet<>(Set.of("invalid.onField"));
    Arrays.stream(Problem.values()).forEach(problem -> problems.add("invalid." + problem.key()));
    Set<String> fields =
        Arrays.stream(Field.values())
            .map(field -> "field." + field.id())
            .collect(Collectors.toCollection(TreeSet::new));

    assertEquals(problems, keysStartingWith("invalid."));
    assertEquals(fields, keysStartingWith("field."));
  }

  /** {@code typed} and the values' names, as the engine's English words name them. */
  private static Set<String> valuesOf(Problem problem) {
    Set<String> names = new TreeSet<>();
    Matcher value = ENGLISH_VALUE.matcher(problem.english());
    while (value.find()) {
      names.add(value.group(1));
    }
    return names;
  }

  private Set<String> keysStartingWith(String prefix) {
    return book.keys(Language.ENGLISH).stream()
        .filter(key -> key.startsWith(prefix))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
