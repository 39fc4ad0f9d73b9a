package io.coshoring.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.Reason;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A match's reasons are stored as data and read back, even from a row stored as English lines. */
class MatchStoreReasonsTest {

  private static final String ISOLATE = "\u2068";
  private static final String END = "\u2069";

  @TempDir Path folder;

  @Test
  void reasonsReadBackAreWrittenAgainInAnyLanguage() {
    Reason skills = new Reason("sharedSkills", Map.of("skills", List.of("react", "typescript")));
    Reason price =
        new Reason(
            "rateAgainstFixedBudget",
            Map.of(
                "rate",
                Map.of("amount", new BigDecimal("72.5"), "currency", "EUR", "unit", "hour"),
                "budget",
                Map.of("amount", new BigDecimal("3000"), "currency", "EUR", "unit", "project")));
    try (Database database = Database.sqlite(folder)) {
      MatchStore store = new MatchStore(database);
      database.write(handle -> store.insertIfNew(handle, match(List.of(skills, price))));

      List<Reason> read = store.find("d1-o1").orElseThrow().reasons();

      assertEquals(List.of(skills.key(), price.key()), read.stream().map(Reason::key).toList());
      ReasonText french = new ReasonText(Phrasebook.standard().in(Language.FRENCH));
      assertEquals("compétences en commun : react, typescript", french.of(read.get(0)));
      // The amount kept its cents through JSON.
      assertEquals(
          "tarif de 72,50 €/heure face à un budget forfaitaire de 3 000 € : pas de comparaison"
              + " possible",
          french.of(read.get(1)).replaceAll("\\h", " "));
    }
  }

  @Test
  void aRowStoredAsEnglishLinesIsReadAsThoseLinesInEveryLanguage() {
    try (Database database = Database.sqlite(folder)) {
      // GIVEN a match stored before reasons were data: English lines, one a reason
      database.write(
          handle ->
              handle.execute(
                  "INSERT INTO matches (id, demand_post_id, offer_post_id, demand_member_id,"
                      + " offer_member_id, score, reasons, state, created_at) VALUES ('d1-o1',"
                      + " 'd1', 'o1', 'console:paris:alice', 'console:telaviv:bob', 0.8, ?,"
                      + " 'PROPOSED', 0)",
                  "shared skills: react, typescript\non-site in *Lyon*"));

      // WHEN it is read back
      List<Reason> read = new MatchStore(database).find("d1-o1").orElseThrow().reasons();

      // THEN each line is written as it was, whatever the reader's language, literal still
      for (Language language : Language.values()) {
        ReasonText text = new ReasonText(Phrasebook.standard().in(language));
        List<String> written =
            read.stream()
                .map(text::of)
                .map(line -> line.replace(ISOLATE, "").replace(END, ""))
                .toList();
        assertEquals(
            List.of("shared skills: react, typescript", "on-site in \\*Lyon\\*"),
            written,
            language.name());
      }
    }
  }

  private static ProposedMatch match(List<Reason> reasons) {
    return new ProposedMatch(
        "d1-o1",
        "d1",
        "o1",
        "console:paris:alice",
        "console:telaviv:bob",
        0.8,
        reasons,
        null,
        null,
        MatchState.PROPOSED,
        Instant.EPOCH);
  }
}
