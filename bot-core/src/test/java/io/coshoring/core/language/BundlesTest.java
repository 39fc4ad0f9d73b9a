package io.coshoring.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import io.coshoring.core.adapter.Explanation;
import io.coshoring.matching.Reason;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every bundle says everything English says, with the same values, in valid ICU syntax. */
class BundlesTest {

  private final Phrasebook book = Phrasebook.standard();

  @ParameterizedTest
  @EnumSource(Language.class)
  void hasEveryKeyAndNoOther(Language language) {
    assertFalse(book.keys(Language.ENGLISH).isEmpty());
    assertEquals(
        new TreeSet<>(book.keys(Language.ENGLISH)),
        new TreeSet<>(book.keys(language)),
        language.name());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void namesTheSameValuesAsEnglish(Language language) {
    for (String key : book.keys(language)) {
      assertEquals(
          values(book.pattern(Language.ENGLISH, key)),
          values(book.pattern(language, key)),
          language + " " + key);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyMessageCompiles(Language language) {
    for (String key : book.keys(language)) {
      assertTrue(book.message(language, key) != null, key);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void hasWordsForEveryReasonTheEngineGives(Language language) {
    Set<String> keys = book.keys(language);
    for (String reason : Reason.KEYS) {
      assertTrue(keys.contains("reason." + reason), language + " has no reason." + reason);
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void hasWordsForEveryRefusalAnAdapterExplains(Language language) {
    Set<String> keys = book.keys(language);
    for (Explanation.Kind kind : Explanation.Kind.values()) {
      assertTrue(
          keys.contains("delivery." + kind.key()), language + " has no delivery." + kind.key());
    }
  }

  @Test
  void noMessageIsLeftForARefusalNoAdapterExplainsAnyMore() {
    Set<String> explained = new TreeSet<>(Set.of("delivery.runAgain"));
    for (Explanation.Kind kind : Explanation.Kind.values()) {
      explained.add("delivery." + kind.key());
    }
    Set<String> delivery = new TreeSet<>();
    book.keys(Language.ENGLISH).stream()
        .filter(k -> k.startsWith("delivery."))
        .forEach(delivery::add);

    assertEquals(explained, delivery);
  }

  /** The names of the values a pattern uses. */
  static Set<String> values(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.add(parsed.getSubstring(part));
      }
    }
    return names;
  }
}
