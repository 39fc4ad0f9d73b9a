package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.coshoring.discord.DiscordMarkdown;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.Interactions;
import io.coshoring.slack.testing.SlackCall;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus (src/test/resources/hostile-corpus.tsv) written in bridged channels of a real
 * deployment, on the fake Slack and the fake Discord, each case with the outcome the file writes
 * down; and every copy, part by part, pings nobody, carries no control or bidi character nor a lone
 * surrogate, and fits its platform.
 */
class HostileCorpusTest {

  private static final Duration WAIT = Duration.ofSeconds(90);

  /** Slack paces each channel to about a message a second: Discord's cases go through several. */
  private static final int LANES = 6;

  /** Slack's own limit for a message's text. */
  private static final int SLACK_LIMIT = 40_000;

  private static final Pattern BIDI = Pattern.compile("[\\u202A-\\u202E\\u2066-\\u2069]");

  @TempDir Path folder;

  private MixedNetwork network;
  private Interactions interactions;
  private final List<Interactions.Where> lanes = new ArrayList<>();
  private Interactions.Where fromSlack;
  private Interactions.Where blanks;

  record Case(String id, String from, String text, List<String> expected) {
    boolean relayed() {
      return expected.contains("relayed");
    }
  }

  @BeforeEach
  void start() {
    network = new MixedNetwork(folder);
    JsonObject noa = network.discord.addUser("302", "noa");
    fromSlack =
        new Interactions.Where("200", network.discord.addGuild("200", "Tel Aviv"), noa, true);
    blanks = new Interactions.Where("209", network.discord.addGuild("209", "Haifa"), noa, true);
    for (int i = 0; i < LANES; i++) {
      String guild = Integer.toString(201 + i);
      lanes.add(
          new Interactions.Where(guild, network.discord.addGuild(guild, "Lane " + i), noa, true));
    }
    network.start();
    interactions = new Interactions(network.discord);
    bridge("C1", fromSlack);
    bridge("C9", blanks);
    for (int i = 0; i < LANES; i++) {
      bridge("C" + (20 + i), lanes.get(i));
    }
  }

  @AfterEach
  void stop() {
    network.close();
  }

  @Test
  void everyCaseHasItsOutcomeAndNoCopyPingsOrCarriesHiddenCharacters() {
    List<Case> cases = corpus();
    assertTrue(cases.size() >= 150, "the corpus holds " + cases.size() + " cases");
    int discordCase = 0;
    int ts = 0;
    for (Case c : cases) {
      if (c.from().equals("slack")) {
        String channel = c.relayed() ? "C1" : "C9";
        String text = c.relayed() ? c.id() + " " + c.text() : c.text();
        network.slackRequests.message(
            "T1", "Ev" + c.id(), channel, "U1", text, "100." + (++ts), null);
      } else {
        Interactions.Where where = c.relayed() ? lanes.get(discordCase++ % LANES) : blanks;
        String text = c.relayed() ? c.id() + " " + c.text() : c.text();
        network
            .discord
            .gateway()
            .dispatch(
                "MESSAGE_CREATE", interactions.message(where, network.discord.nextId(), text));
      }
    }
    network.slackRequests.message("T1", "EvEnd", "C9", "U1", "end of the blanks", "999.1", null);
    network
        .discord
        .gateway()
        .dispatch(
            "MESSAGE_CREATE",
            interactions.message(blanks, network.discord.nextId(), "end of the blanks"));

    for (Case c : cases) {
      if (c.relayed()) {
        String copy = awaitCopy(c);
        for (String expectation : c.expected()) {
          if (expectation.startsWith("contains=")) {
            String piece = unescape(expectation.substring("contains=".length()));
            assertTrue(copy.contains(piece), () -> c.id() + " should show " + piece + ": " + copy);
          } else if (expectation.startsWith("excludes=")) {
            String piece = unescape(expectation.substring("excludes=".length()));
            assertFalse(
                copy.contains(piece), () -> c.id() + " should not show " + piece + ": " + copy);
          }
        }
      }
    }
    assertEquals(List.of("end of the blanks"), discordCopiesIn(blanks), "no blank crossed");
    assertEquals(
        List.of("end of the blanks"),
        network.slack.calls("chat.postMessage").stream()
            .filter(call -> "C9".equals(call.param("channel")))
            .map(call -> call.param("text"))
            .toList(),
        "no blank crossed");
    for (String part : discordCopies()) {
      assertSafe(part, DiscordMarkdown.MESSAGE_LIMIT, Pings::onDiscord, "Discord");
    }
    for (SlackCall post : network.slack.calls("chat.postMessage")) {
      assertSafe(post.param("text"), SLACK_LIMIT, Pings::onSlack, "Slack");
    }
  }

  private static void assertSafe(String part, int limit, Predicate<String> pings, String where) {
    assertFalse(pings.test(part), () -> "pings on " + where + ": " + part);
    assertTrue(part.length() <= limit, () -> "a part of " + part.length() + " on " + where);
    assertFalse(BIDI.matcher(part).find(), () -> "a bidi control on " + where + ": " + part);
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean control = Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t';
      boolean lone =
          Character.isHighSurrogate(c)
                  && (i + 1 == part.length() || !Character.isLowSurrogate(part.charAt(i + 1)))
              || Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(part.charAt(i - 1)));
      int at = i;
      assertFalse(control, () -> "a control character at " + at + " on " + where + ": " + part);
      assertFalse(lone, () -> "a lone surrogate at " + at + " on " + where + ": " + part);
    }
  }

  /** The copy of a case, where it crossed to: its first part. */
  private String awaitCopy(Case c) {
    String marker = c.id() + " ";
    if (c.from().equals("slack")) {
      return network
          .discord
          .awaitCall(
              call ->
                  call.path().startsWith("webhooks/")
                      && call.method().equals("POST")
                      && call.status() == 200
                      && call.json().has("content")
                      && call.json().get("content").getAsString().startsWith(marker),
              WAIT)
          .json()
          .get("content")
          .getAsString();
    }
    return network
        .slack
        .awaitCall("chat.postMessage", call -> call.param("text").startsWith(marker), WAIT)
        .param("text");
  }

  private List<String> discordCopies() {
    return network.discord.calls().stream()
        .filter(
            call ->
                call.path().startsWith("webhooks/")
                    && call.method().equals("POST")
                    && call.status() == 200
                    && call.json().has("content"))
        .map(call -> call.json().get("content").getAsString())
        .toList();
  }

  private List<String> discordCopiesIn(Interactions.Where where) {
    return network.discord.calls().stream()
        .filter(
            call ->
                call.path().startsWith("webhooks/")
                    && call.method().equals("POST")
                    && call.status() == 200
                    && call.answer().contains("\"channel_id\":\"" + where.channelId() + "\""))
        .map(call -> call.json().get("content").getAsString())
        .toList();
  }

  private void bridge(String slackChannel, Interactions.Where discord) {
    network.slackRequests.slashCommandIn(
        slackChannel,
        "T1",
        "paris",
        "U1",
        "amelie",
        "/coshore",
        "bridge create corpus",
        network.slack.responseUrl("create-" + slackChannel));
    Matcher code =
        Pattern.compile("([A-Z0-9]{4}-[A-Z0-9]{4})")
            .matcher(
                network
                    .slack
                    .awaitCall("response:create-" + slackChannel, c -> true, WAIT)
                    .param("text"));
    assertTrue(code.find());
    JsonObject join =
        interactions.slashCommandInGroup(
            discord, "coshore", "bridge", "join", Map.of("code", code.group(1)));
    network.discord.gateway().dispatch("INTERACTION_CREATE", join);
    String token = join.get("token").getAsString();
    DiscordCall joined =
        network.discord.awaitCall(
            c -> c.method().equals("PATCH") && c.path().contains(token), WAIT);
    assertTrue(joined.body().toString().contains("now in bridge"), joined.body().toString());
  }

  private static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                HostileCorpusTest.class.getResourceAsStream("/hostile-corpus.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        cases.add(
            new Case(
                columns[0],
                columns[1],
                unescape(columns[2]),
                Arrays.asList(columns[3].split(";"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  /** The file's {@code \n}, {@code \r}, {@code \t}, {@code \\} and {@code \\uXXXX}. */
  private static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        out.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
