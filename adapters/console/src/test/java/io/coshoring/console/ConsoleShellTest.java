package io.coshoring.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.CoreSettings;
import io.coshoring.core.CoshoringCore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleShellTest {

  private static final Pattern INTERESTED = Pattern.compile("\\[:click (\\d+)\\] I'm interested");

  @TempDir Path folder;
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private ConsoleShell shell;
  private CoshoringCore core;

  @BeforeEach
  void start() {
    core =
        CoshoringCore.builder(
                Database.sqlite(folder),
                MatchingEngine.inMemory(SkillTaxonomy.standard(), Clock.systemUTC()))
            .settings(new CoreSettings(5, Duration.ofDays(30), 20, Duration.ofMillis(10)))
            .adapter(
                context ->
                    new ConsoleShell(
                        new PrintStream(screen, true, StandardCharsets.UTF_8), context))
            .build();
    core.start();
    shell = core.adapter(ConsoleShell.class);
  }

  @AfterEach
  void stop() {
    core.close();
  }

  @Test
  void twoMembersOfTwoSpacesAreMatchedAndIntroducedThroughTheShell() throws InterruptedException {
    assertTrue(shell.type(":as alice@paris").contains("You are now Alice of the Paris space"));
    assertTrue(
        shell
            .type("/offer I edit promo videos, Premiere Pro, FR/EN rate:400EUR/day")
            .contains("is posted"));
    shell.type(":as bob@telaviv");
    assertTrue(
        shell
            .type("/demand Need a video editor for a 60 s promo video budget:1500EUR")
            .contains("is posted"));

    String bobsMessage = await("console:telaviv:bob", 1).get(0);
    assertTrue(bobsMessage.contains("shared skills:"), bobsMessage);
    assertTrue(
        shell.type(":click " + interested(bobsMessage)).contains("as soon as Alice says yes"));

    shell.type(":as alice@paris");
    String alicesMessage = await("console:paris:alice", 1).get(0);
    assertTrue(shell.type(":click " + interested(alicesMessage)).contains("both interested"));
    assertTrue(shell.type(":click " + interested(alicesMessage)).contains("There is no button"));

    assertTrue(await("console:paris:alice", 2).get(1).contains("You and Bob are both interested"));
    assertTrue(
        await("console:telaviv:bob", 2).get(1).contains("You and Alice are both interested"));
    // Alice was the current member when her introduction arrived, so it was printed at once.
    assertTrue(screen.toString(StandardCharsets.UTF_8).contains("[message for alice@paris]"));
  }

  @Test
  void theShellExplainsWhatItDoesNotUnderstand() {
    assertTrue(shell.type("/offer videos").contains("First choose who you are"));
    assertTrue(shell.type(":as alice").contains("'alice' is not a member handle"));
    shell.type(":as alice@paris");
    assertTrue(shell.type("hello").contains("I didn't understand that"));
    assertTrue(shell.type(":click 99").contains("There is no button 99"));
    assertTrue(shell.type(":click x").contains("Usage: :click <N>"));
    assertTrue(
        shell
            .type(":help")
            .startsWith("Console shell commands:\n  :as <name@space> [admin]   act as a member"));
  }

  @Test
  void theShellSpeaksInTheLanguageOfTheMemberActedAs() {
    // GIVEN Camille, who has chosen no language yet: English, as everywhere by default.
    assertTrue(shell.type(":as camille@paris").startsWith("You are now Camille"));
    assertAligned(shell.type(":help"));
    assertEquals("No messages for camille@paris yet.", shell.type(":inbox"));

    // WHEN she chooses French in her profile, THEN the shell speaks French to her.
    shell.type("/coshore profile lang:fr");
    String help = shell.type(":help");
    assertTrue(help.startsWith("Commandes de la console :\n"), help);
    assertTrue(help.contains("\n  :inbox" + " ".repeat(21) + "afficher les messages privés"), help);
    assertAligned(help);
    assertEquals("Pas encore de message pour camille@paris.", shell.type(":inbox"));
    assertEquals("Rien pour l’instant dans #general de Paris.", shell.type(":channel"));
    assertTrue(shell.type(":click 7").startsWith("Aucun bouton 7 pour camille@paris"));
    assertEquals(
        "Vous êtes maintenant Camille, de l’espace Paris, avec les droits d’admin.",
        shell.type(":as camille@paris admin"));

    // AND Noa, who chose Hebrew, reads it in Hebrew, her handle kept left to right.
    shell.type(":as noa@telaviv");
    shell.type("/coshore profile lang:he");
    assertEquals("עדיין אין הודעות עבור \u2068noa@telaviv\u2069.", shell.type(":inbox"));
    assertTrue(shell.type(":help").startsWith("הפקודות של הקונסולה:\n"));

    // AND a member of another space, who chose nothing, still reads English.
    shell.type(":as bob@berlin");
    assertEquals("No messages for bob@berlin yet.", shell.type(":inbox"));
  }

  /** Every command of the help is explained from the same column, whatever the language. */
  private static void assertAligned(String help) {
    Pattern explained = Pattern.compile("^  :\\S.*?\\s{3,}(?=\\S)");
    List<Integer> columns =
        help.lines()
            .map(explained::matcher)
            .filter(Matcher::find)
            .map(Matcher::end)
            .distinct()
            .toList();
    assertEquals(1, columns.size(), help);
  }

  private List<String> await(String memberId, int count) throws InterruptedException {
    for (int i = 0; i < 500 && shell.inbox(memberId).size() < count; i++) {
      Thread.sleep(20);
    }
    List<String> inbox = shell.inbox(memberId);
    assertEquals(count, inbox.size(), inbox.toString());
    return inbox;
  }

  private static String interested(String message) {
    Matcher m = INTERESTED.matcher(message);
    assertTrue(m.find(), message);
    return m.group(1);
  }

  @Test
  void adminsOfTwoSpacesBridgeTheirChannelsAndMessagesCrossIt() throws InterruptedException {
    shell.type(":as bob@paris");
    assertTrue(
        shell.type("/coshore bridge create makers").contains("only an admin of Paris"),
        "a member who is not an admin is refused");

    shell.type(":as alice@paris admin");
    String created = shell.type("/coshore bridge create makers");
    Matcher code = Pattern.compile("bridge join ([A-Z0-9]{4}-[A-Z0-9]{4})").matcher(created);
    assertTrue(code.find(), created);

    shell.type(":as noa@telaviv admin");
    assertTrue(shell.type("/coshore bridge join " + code.group(1)).contains("now in bridge"));
    assertTrue(
        shell.type("/coshore bridge join " + code.group(1)).contains("already bridged"),
        "a channel joins once");

    shell.type(":as alice@paris");
    assertTrue(shell.type(":say Hello Tel Aviv!").contains("[relayed]"));
    shell.type(":as noa@telaviv");
    awaitLine("Alice (Paris): Hello Tel Aviv!");

    String status = shell.type("/coshore bridge status");
    assertTrue(status.contains("Bridge makers") && status.contains("in Paris"), status);

    shell.type(":as noa@telaviv admin");
    shell.type("/coshore bridge pause");
    shell.type(":as alice@paris");
    assertFalse(shell.type(":say anyone?").contains("[relayed]"), "paused: not relayed");
  }

  private void awaitLine(String line) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!shell.type(":channel").contains(line)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no '" + line + "' in: " + shell.type(":channel"));
      }
      Thread.sleep(20);
    }
  }
}
