package io.coshoring.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.language.Language;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkingHours;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberLanguageTest {

  private static final Space ENGLISH_SPACE = space(null);
  private static final Space FRENCH_SPACE = space(Language.FRENCH);

  @Test
  void theFirstOfTheMembersLanguagesTheBotWritesInComesFirst() {
    assertEquals(
        Language.HEBREW, member(List.of("de", "he", "fr"), "fr-FR").languageIn(FRENCH_SPACE));
  }

  @Test
  void thenThePlatformsLocale() {
    assertEquals(Language.FRENCH, member(List.of("de"), "fr-FR").languageIn(ENGLISH_SPACE));
    assertEquals(Language.HEBREW, member(List.of(), "he-IL").languageIn(FRENCH_SPACE));
  }

  @Test
  void thenTheSpacesThenEnglish() {
    assertEquals(Language.FRENCH, member(List.of(), "de-DE").languageIn(FRENCH_SPACE));
    assertEquals(Language.ENGLISH, member(List.of(), null).languageIn(ENGLISH_SPACE));
  }

  private static Member member(List<String> languages, String platformLocale) {
    return new Member(
        "console:paris:dana",
        "console:paris",
        "Dana",
        null,
        WorkingHours.OFFICE,
        new LinkedHashSet<>(languages),
        NotifyMode.INSTANT,
        platformLocale,
        NameOnWall.FIRST);
  }

  private static Space space(Language language) {
    return new Space(
        "console:paris",
        "Paris",
        "Paris",
        ZoneId.of("Europe/Paris"),
        Visibility.NETWORK,
        Set.of(),
        language,
        null);
  }
}
