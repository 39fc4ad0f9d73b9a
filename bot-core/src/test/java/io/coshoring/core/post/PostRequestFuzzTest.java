package io.coshoring.core.post;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.text.MemberText;
import io.coshoring.matching.PostKind;
import java.time.LocalDate;

/**
 * Whatever follows {@code /offer} or {@code /demand}, it becomes a post request or a {@link
 * CommandException} that tells the member what to change; the engine's own refusals are turned into
 * one too. Inputs the fuzzer kept are replayed by every build from {@code
 * PostRequestFuzzTestInputs}.
 */
class PostRequestFuzzTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @FuzzTest(maxDuration = "2m")
  void anyPostLineIsReadOrRefusedWithAReason(FuzzedDataProvider data) {
    PostKind kind = data.consumeBoolean() ? PostKind.OFFER : PostKind.DEMAND;
    String line = data.consumeRemainingAsString();
    PostRequest request;
    try {
      request = PostRequest.parse(kind, line, TODAY, Phrasebook.standard().in(Language.ENGLISH));
    } catch (CommandException refused) {
      return;
    }
    assertFalse(MemberText.isBlank(request.text()), "a post with nothing to read");
    assertFalse(request.until() != null && request.until().isBefore(TODAY), "ends in the past");
  }
}
