package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot answers each Discord member in the language of their own client, which every interaction
 * carries as {@code locale}, not in the server's ({@code guild_locale}); a member who lists their
 * languages is answered in the first of them whatever their client says. JDA runs for real against
 * the fake Discord; the answers are what the fake received. The commands are described in each
 * language, under the same names, and their choices named in each language, with the same values.
 */
class DiscordLanguagesTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;
  private Interactions interactions;
  private Interactions.Where paris;
  private DiscordCall registered;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    // A French server: what its members read depends on their own clients all the same.
    String channel = discord.addGuild("100", "Paris Makers", "fr");
    paris = new Interactions.Where("100", channel, discord.addUser("301", "amelie"), false);
    interactions = new Interactions(discord);
    app = new DiscordTestApp(folder, discord);
    registered =
        discord.awaitCall(c -> c.method().equals("PUT") && c.path().endsWith("/commands"), WAIT);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void aMemberWhoseClientIsInFrenchReadsTheBotInFrench() {
    String answer = profile(paris.in("fr"), Map.of());

    assertTrue(answer.startsWith("**Votre profil**\n"), answer);
    assertTrue(answer.contains("\nJe vous écris en : Français\n"), answer);
  }

  @Test
  void aMemberWhoseClientIsInAmericanEnglishReadsTheBotInEnglishInAFrenchServer() {
    String answer = profile(paris.in("en-US"), Map.of());

    assertTrue(answer.startsWith("**Your profile**\n"), answer);
  }

  @Test
  void aMemberWhoseClientIsInHebrewReadsTheBotInHebrew() {
    String answer = profile(paris.in("he"), Map.of());

    assertTrue(answer.startsWith("**הפרופיל שלך**\n"), answer);
  }

  @Test
  void theLanguagesAMemberListsComeBeforeTheirClients() {
    Interactions.Where inFrench = paris.in("fr");

    String listed = profile(inFrench, Map.of("lang", "he,en"));
    String later = profile(inFrench, Map.of());

    assertTrue(listed.startsWith("**הפרופיל שלך**\n"), listed);
    assertTrue(later.startsWith("**הפרופיל שלך**\n"), later);
    assertTrue(later.contains("\nשפת ההודעות שלי אליך: \u2068עברית\u2069\n"), later);
  }

  @Test
  void aMemberWhoseClientIsInFrenchGetsThePostingModalInFrench() {
    JsonObject modal = modalFor(paris.in("fr"), "offer");

    assertEquals("Publier une offre", modal.get("title").getAsString());
    List<String> labels = labels(modal);
    assertTrue(labels.contains("Que proposez-vous ?"), labels.toString());
    assertTrue(labels.contains("Tarif"), labels.toString());
  }

  @Test
  void aMemberWhoChoseHebrewGetsThePostingModalInHebrew() {
    Interactions.Where inEnglish = paris.in("en-US");
    profile(inEnglish, Map.of("lang", "he"));

    JsonObject modal = modalFor(inEnglish, "demand");

    assertEquals("פרסום בקשה", modal.get("title").getAsString());
    assertTrue(labels(modal).contains("מה צריך?"), labels(modal).toString());
  }

  @Test
  void aMemberWhoseClientIsInEnglishGetsThePostingModalInEnglishInAFrenchServer() {
    JsonObject modal = modalFor(paris.in("en-US"), "offer");

    assertEquals("Post an offer", modal.get("title").getAsString());
    assertTrue(labels(modal).contains("What do you offer?"), labels(modal).toString());
  }

  @Test
  void theCommandsAreRegisteredWithFrenchAndHebrewDescriptionsUnderTheSameNames() {
    assertEquals(200, registered.status(), registered.answer());
    Map<String, JsonObject> commands = new HashMap<>();
    registered.body().getAsJsonArray().forEach(c -> commands.put(name(c), c.getAsJsonObject()));
    assertEquals(Set.of("offer", "demand", "coshore"), commands.keySet());

    JsonObject offer = commands.get("offer");
    assertEquals("Post what you offer to the network", offer.get("description").getAsString());
    assertEquals("Publier ce que vous proposez au réseau", localised(offer, "fr"));
    assertEquals("פרסום הצעה לרשת", localised(offer, "he"));
    JsonObject rate = child(offer, "rate");
    assertEquals("Votre tarif, p. ex. 60 EUR/heure", localised(rate, "fr"));

    JsonObject profile = child(commands.get("coshore"), "profile");
    assertEquals("Ce que la mise en relation sait de vous", localised(profile, "fr"));
    assertEquals("Vos langues, p. ex. fr,en", localised(child(profile, "lang"), "fr"));
    JsonObject bridge = child(commands.get("coshore"), "bridge");
    assertEquals("Relier ce salon à des salons d’autres espaces", localised(bridge, "fr"));
    assertEquals("Le nom du pont", localised(child(child(bridge, "create"), "name"), "fr"));

    // Every command, group, subcommand and option is described in French, none named anew.
    commands.values().forEach(DiscordLanguagesTest::describedInFrenchUnderItsOwnName);
  }

  @Test
  void theChoicesAreNamedInFrenchAndHebrewWithTheSameValues() {
    assertEquals(200, registered.status(), registered.answer());
    Map<String, JsonObject> commands = new HashMap<>();
    registered.body().getAsJsonArray().forEach(c -> commands.put(name(c), c.getAsJsonObject()));

    JsonObject remote = choice(child(commands.get("offer"), "remote"), "onsite");
    assertEquals("on site", remote.get("name").getAsString());
    assertEquals("sur place", named(remote, "fr"));
    assertEquals("במקום", named(remote, "he"));
    JsonObject overlap = choice(child(commands.get("demand"), "overlap"), "async");
    assertEquals("en différé : chaque partie de son côté", named(overlap, "fr"));
    JsonObject notify = choice(child(child(commands.get("coshore"), "profile"), "notify"), "daily");
    assertEquals("un récapitulatif par jour", named(notify, "fr"));
    assertEquals("סיכום יומי", named(notify, "he"));

    // Every choice has a name in French and in Hebrew, but a language: each is named in itself.
    commands.values().forEach(DiscordLanguagesTest::choicesNamedInFrenchAndHebrew);
  }

  private static void choicesNamedInFrenchAndHebrew(JsonObject item) {
    if (item.has("choices")) {
      for (JsonElement choice : item.getAsJsonArray("choices")) {
        JsonElement names = choice.getAsJsonObject().get("name_localizations");
        if (name(item).equals("lang")) {
          assertTrue(names == null || names.getAsJsonObject().isEmpty(), choice.toString());
          continue;
        }
        for (String locale : new String[] {"fr", "he"}) {
          assertFalse(named(choice.getAsJsonObject(), locale).isBlank(), choice + " " + locale);
        }
      }
    }
    if (item.has("options")) {
      item.getAsJsonArray("options")
          .forEach(o -> choicesNamedInFrenchAndHebrew(o.getAsJsonObject()));
    }
  }

  /** The choice of an option whose value is {@code value}. */
  private static JsonObject choice(JsonObject option, String value) {
    for (JsonElement choice : option.getAsJsonArray("choices")) {
      if (choice.getAsJsonObject().get("value").getAsString().equals(value)) {
        return choice.getAsJsonObject();
      }
    }
    throw new AssertionError(value + " is not a choice of " + option);
  }

  private static String named(JsonObject choice, String locale) {
    return choice.getAsJsonObject("name_localizations").get(locale).getAsString();
  }

  private static void describedInFrenchUnderItsOwnName(JsonObject item) {
    assertTrue(item.has("description_localizations"), name(item));
    assertFalse(localised(item, "fr").isBlank(), name(item));
    JsonElement names = item.get("name_localizations");
    assertTrue(
        names == null || names.isJsonNull() || names.getAsJsonObject().isEmpty(),
        name(item) + " keeps one name: " + names);
    if (item.has("options")) {
      item.getAsJsonArray("options")
          .forEach(o -> describedInFrenchUnderItsOwnName(o.getAsJsonObject()));
    }
  }

  private static String localised(JsonObject item, String locale) {
    return item.getAsJsonObject("description_localizations").get(locale).getAsString();
  }

  private static JsonObject child(JsonObject item, String name) {
    for (JsonElement option : item.getAsJsonArray("options")) {
      if (name(option).equals(name)) {
        return option.getAsJsonObject();
      }
    }
    throw new AssertionError(name + " is not in " + item);
  }

  private static String name(JsonElement item) {
    return item.getAsJsonObject().get("name").getAsString();
  }

  /**
   * GIVEN a member where they are, WHEN they type {@code /offer} or {@code /demand} alone, THEN the
   * modal the bot answered with, as the fake Discord took it.
   */
  private JsonObject modalFor(Interactions.Where where, String command) {
    JsonObject interaction = interactions.slashCommand(where, command, null, Map.of());
    String callback =
        "interactions/"
            + interaction.get("id").getAsString()
            + "/"
            + interaction.get("token").getAsString()
            + "/callback";
    discord.gateway().dispatch("INTERACTION_CREATE", interaction);
    DiscordCall answered = discord.awaitCall(c -> c.path().endsWith(callback), WAIT);
    assertEquals(204, answered.status(), "Discord took it: " + answered.answer());
    assertEquals(9, answered.json().get("type").getAsInt(), answered.answer());
    return answered.json().getAsJsonObject("data");
  }

  /** The labels of a modal's text inputs. */
  private static List<String> labels(JsonObject modal) {
    List<String> labels = new ArrayList<>();
    for (JsonElement component : modal.getAsJsonArray("components")) {
      labels.add(component.getAsJsonObject().get("label").getAsString());
    }
    return labels;
  }

  /**
   * GIVEN a member where they are, WHEN they run {@code /coshore profile} with these options, THEN
   * the answer the bot edited into the deferred reply.
   */
  private String profile(Interactions.Where where, Map<String, String> options) {
    JsonObject interaction = interactions.slashCommand(where, "coshore", "profile", options);
    String token = interaction.get("token").getAsString();
    discord.gateway().dispatch("INTERACTION_CREATE", interaction);
    return discord
        .awaitCall(
            c ->
                c.method().equals("PATCH")
                    && c.path().contains("/" + token + "/messages/@original")
                    && c.json().has("content"),
            WAIT)
        .json()
        .get("content")
        .getAsString();
  }
}
