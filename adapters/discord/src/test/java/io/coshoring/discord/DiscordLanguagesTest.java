package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot answers each Discord member in the language of their own client, which every interaction
 * carries as {@code locale}, not in the server's ({@code guild_locale}); a member who lists their
 * languages is answered in the first of them whatever their client says. JDA runs for real against
 * the fake Discord; the answers are what the fake received.
 */
class DiscordLanguagesTest {

  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;
  private Interactions interactions;
  private Interactions.Where paris;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    // A French server: what its members read depends on their own clients all the same.
    String channel = discord.addGuild("100", "Paris Makers", "fr");
    paris = new Interactions.Where("100", channel, discord.addUser("301", "amelie"), false);
    interactions = new Interactions(discord);
    app = new DiscordTestApp(folder, discord);
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
