package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import io.coshoring.console.ConsoleShell;
import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.matching.ExchangeRates;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --export-labels} writes what members answered, from the data folder alone, in the shape of
 * the engine's evaluation set, read here as the engine's tests read it (with Gson).
 */
class LabelsExportTest {

  @TempDir Path data;
  @TempDir Path out;

  @Test
  void theAnswersGivenInTheShellAreWrittenAsAnEvaluationFile() throws Exception {
    // GIVEN Bob of Tel Aviv asked, and answered two offers: one he wants, one he does not
    try (CoshoringCore core =
        Deployment.core(data, CoreSettings.DEFAULTS, ExchangeRates.standard())
            .adapter(
                context ->
                    new ConsoleShell(new PrintStream(OutputStream.nullOutputStream()), context))
            .build()) {
      core.start();
      ConsoleShell shell = core.adapter(ConsoleShell.class);
      shell.type(":as alice@paris");
      shell.type("/coshore profile tz:Europe/Paris lang:fr,en");
      shell.type("/offer Comptable freelance : TVA, bilan, paie rate:60EUR/hour");
      shell.type(":as carol@berlin");
      shell.type("/offer Accountant: VAT returns, bookkeeping, annual accounts");
      shell.type(":as bob@telaviv");
      shell.type("/demand Need an accountant for VAT returns");
      List<String> inbox = await(shell, "console:telaviv:bob", 2);
      for (String message : inbox) {
        String button = message.contains("Comptable") ? "I'm interested" : "Not for me";
        assertTrue(shell.type(":click " + button(message, button)).startsWith("Noted"));
      }
    }

    // WHEN the labels are exported, with nothing but the data folder
    Path file = out.resolve("labels.json");
    String said = LabelsExport.run(data, file);

    // THEN the file reads as an evaluation file: both offers, and the demand with its labels
    assertTrue(said.startsWith("Wrote 1 demand(s) and 2 offer(s)"), said);
    EvalFile eval = new Gson().fromJson(Files.readString(file), EvalFile.class);
    assertEquals(2, eval.offers.size());
    EvalPost alices =
        eval.offers.stream().filter(o -> o.text.startsWith("Comptable")).findFirst().orElseThrow();
    EvalPost carols =
        eval.offers.stream().filter(o -> o.text.startsWith("Accountant")).findFirst().orElseThrow();
    assertEquals("Europe/Paris", alices.timezone);
    assertEquals(List.of("en", "fr"), alices.languages);
    assertEquals("60 EUR/hour", alices.price);
    assertEquals("remote", alices.workMode);
    EvalPost demand = eval.demands.get(0);
    assertEquals("Need an accountant for VAT returns", demand.text);
    assertEquals("members", demand.category);
    assertEquals(List.of(alices.id), demand.relevant);
    assertEquals(1, demand.hardNegatives.size());
    assertEquals(carols.id, demand.hardNegatives.get(0).offer);
    assertEquals("member: not for me", demand.hardNegatives.get(0).why);
    assertEquals(0, demand.postedDaysAgo);
    assertTrue(demand.author.startsWith("member-"), demand.author);
    String json = Files.readString(file);
    String lower = json.toLowerCase(Locale.ROOT);
    assertFalse(
        lower.contains("alice") || lower.contains("bob") || lower.contains("console:"),
        "no member id, no name");
  }

  @Test
  void aFolderWithNoDatabaseIsSaidSoAndNothingIsCreated() {
    IOException refused =
        assertThrows(IOException.class, () -> LabelsExport.run(data, out.resolve("labels.json")));
    assertTrue(refused.getMessage().contains("COSHORING_DATA_DIR"), refused.getMessage());
    assertFalse(Files.exists(data.resolve("coshoring.db")));
    assertFalse(Files.exists(out.resolve("labels.json")));
  }

  private static List<String> await(ConsoleShell shell, String memberId, int count)
      throws InterruptedException {
    for (int i = 0; i < 500 && shell.inbox(memberId).size() < count; i++) {
      Thread.sleep(20);
    }
    List<String> inbox = shell.inbox(memberId);
    assertEquals(count, inbox.size(), inbox.toString());
    return inbox;
  }

  private static String button(String message, String label) {
    Matcher m = Pattern.compile("\\[:click (\\d+)\\] " + Pattern.quote(label)).matcher(message);
    assertTrue(m.find(), message);
    return m.group(1);
  }

  // The evaluation set's JSON shapes, as the engine's EvaluationSet has Gson fill them.
  private static final class EvalFile {
    List<EvalPost> offers;
    List<EvalPost> demands;
  }

  private static final class EvalPost {
    String id;
    String author;
    String space;
    String text;
    String timezone;
    String hours;
    List<String> languages;
    String workMode;
    String city;
    String price;
    int postedDaysAgo;
    String visibility;
    String category;
    List<String> relevant = List.of();
    List<HardNegative> hardNegatives = List.of();
  }

  private static final class HardNegative {
    String offer;
    String why;
  }
}
