package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the problem file is written, and what it refuses. */
class ProblemWordsTest {

  private static final List<String> SKILLS =
      List.of(
          "email-marketing | Email marketing | newsletter | emailing",
          "email-deliverability | Email deliverability | inbox placement | délivrabilité"
              + " | | email-marketing",
          "web-performance | Web performance | page speed optimization | performance web",
          "pm-a | Product management | product manager, ?PM | chef de produit",
          "pm-b | Project management | project manager, ?PM | chef de projet");

  private static SkillTaxonomy withProblems(String... problems) {
    return TestTaxonomy.withProblems(SKILLS, List.of(problems));
  }

  private static List<Suggestion> suggested(SkillTaxonomy taxonomy, String text) {
    return taxonomy.problemWords().suggestedBy(Folding.tokens(text));
  }

  @Test
  void theShippedFileLoadsAndCoversAHundredAndFiftySkills() throws IOException {
    SkillTaxonomy taxonomy = SkillTaxonomy.standard();

    assertTrue(
        suggested(taxonomy, "half our emails land in spam").stream()
            .anyMatch(s -> s.skill().equals("email-deliverability")));
    try (InputStream in = SkillTaxonomy.class.getResourceAsStream("skills/problems.txt")) {
      long lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .count();
      assertTrue(lines >= 150, "skills with problem words: " + lines);
    }
  }

  @Test
  void columnsAreEnglishFrenchAndHebrewAndCommentsAndBlankLinesAreSkipped() {
    SkillTaxonomy taxonomy =
        withProblems(
            "# a comment",
            "",
            "email-deliverability | land in spam, spam, junk | en spam | נכנסים לספאם",
            "web-performance | slow site");

    assertEquals(
        List.of(new Suggestion("email-deliverability", List.of("en spam"))),
        suggested(taxonomy, "Nos mails arrivent en spam"));
    assertEquals(
        List.of(new Suggestion("email-deliverability", List.of("נכנסים לספאם"))),
        suggested(taxonomy, "המיילים שלנו נכנסים לספאם"));
    assertEquals(
        List.of(new Suggestion("web-performance", List.of("slow site"))),
        suggested(taxonomy, "A slow site"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "email-deliverability; problems.txt:1: expected 'skill id | en words | fr words' and, if"
            + " any, '| he words'",
        "Email Deliverability | spam; problems.txt:1: expected 'skill id | en words | fr words'"
            + " and, if any, '| he words'",
        "a | b | c | d | e; problems.txt:1: expected 'skill id | en words | fr words' and, if"
            + " any, '| he words'",
        "email-deliverabilty | spam, junk; problems.txt:1: 'email-deliverabilty' is no skill's id",
        "email-deliverability | spam, ...; problems.txt:1: problem word '...' has no letters",
        "email-deliverability | spam, Spams; problems.txt:1: problem word 'Spams' is written twice"
            + " for email-deliverability",
        "email-deliverability | newsletter, spam; problems.txt:1: problem word 'newsletter' is an"
            + " alias of email-marketing, and names it",
        "email-deliverability | délivrabilité, spam; problems.txt:1: problem word 'délivrabilité'"
            + " is an alias of email-deliverability, and names it",
        "email-deliverability | spam, PM; problems.txt:1: problem word 'PM' is an alias of the"
            + " short form PM, and names it"
      })
  void aLineThatWouldMislead(String line, String message) {
    IllegalStateException refused =
        assertThrows(IllegalStateException.class, () -> withProblems(line));
    assertEquals(message, refused.getMessage());
  }

  @Test
  void aSkillGivenTwoLinesIsRefused() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> withProblems("web-performance | slow", "web-performance | laggy"));
    assertEquals(
        "problems.txt:2: the problem words of web-performance were given at problems.txt:1",
        refused.getMessage());
  }

  @Test
  void aPhraseEnoughAloneMayNotSuggestTwoSkills() {
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () -> withProblems("web-performance | slow emails", "email-marketing | slow emails"));
    assertEquals(
        "problems.txt:2: problem phrase 'slow emails' suggests both web-performance and"
            + " email-marketing; a phrase enough alone must suggest one skill",
        refused.getMessage());
  }

  @Test
  void aSingleWordMayBeWrittenBySeveralSkills() {
    SkillTaxonomy taxonomy =
        withProblems("web-performance | slow, loading", "email-marketing | slow, opens");

    assertEquals(
        List.of(new Suggestion("web-performance", List.of("slow", "loading"))),
        suggested(taxonomy, "slow loading"));
  }
}
