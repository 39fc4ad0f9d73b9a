package io.coshoring.core.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import java.util.Set;

/**
 * Whatever a member types, the parser gives back its words and options or refuses the line with a
 * {@link CommandException}: no other exception can reach the member as "something went wrong".
 * Inputs the fuzzer kept are replayed by every build from {@code CommandArgumentsFuzzTestInputs}.
 */
class CommandArgumentsFuzzTest {

  private static final Set<String> KEYS = Set.of("city", "tz", "rate", "name");

  @FuzzTest(maxDuration = "2m")
  void anyLineIsReadOrRefusedWithAReason(FuzzedDataProvider data) {
    String line = data.consumeRemainingAsString();
    CommandArguments arguments;
    try {
      arguments =
          CommandArguments.parse(
              line, KEYS, "/coshore setup city:Paris", Phrasebook.standard().in(Language.ENGLISH));
    } catch (CommandException refused) {
      return;
    }
    for (String key : KEYS) {
      if (arguments.has(key)) {
        assertFalse(arguments.option(key).isBlank(), () -> key + ": kept with no value");
      }
    }
  }
}
