package io.coshoring.discord.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fake Discord registers slash commands as Discord does: localisations of descriptions and of
 * choice names only under Discord's locales, each within its field's limits, and refuses the rest
 * with Discord's 50035.
 */
class FakeDiscordCommandsTest {

  private static final String COMMANDS = "applications/" + FakeDiscord.APPLICATION_ID + "/commands";

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeDiscord discord;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  @Test
  void commandsDescribedInDiscordsLocalesAreRegistered() throws Exception {
    HttpResponse<String> registered =
        register(command("{'fr':'Votre profil','he':'הפרופיל שלך','en-GB':'Your profile'}", "x"));

    assertEquals(200, registered.statusCode(), registered.body());
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr-FR", "he-IL", "iw", "en", "french"})
  void aLocalisationUnderAnythingButADiscordLocaleIsRefused(String locale) throws Exception {
    HttpResponse<String> refused = register(command("{'" + locale + "':'Votre profil'}", "x"));

    assertEquals(400, refused.statusCode());
    JsonObject body = JsonParser.parseString(refused.body()).getAsJsonObject();
    assertEquals(50035, body.get("code").getAsInt());
    assertEquals(
        "ENUM_TYPE_COERCE",
        body.getAsJsonObject("errors")
            .getAsJsonObject("0")
            .getAsJsonObject("description_localizations")
            .getAsJsonObject(locale)
            .getAsJsonArray("_errors")
            .get(0)
            .getAsJsonObject()
            .get("code")
            .getAsString(),
        refused.body());
  }

  @Test
  void anOptionsLocalisedDescriptionKeepsDiscordsOneToAHundredCharacters() throws Exception {
    assertEquals(200, register(command("{}", "é".repeat(100))).statusCode());

    for (String description : new String[] {"é".repeat(101), ""}) {
      HttpResponse<String> refused = register(command("{}", description));
      assertEquals(400, refused.statusCode());
      assertEquals(
          "{\"code\":50035,\"errors\":{\"0\":{\"options\":{\"0\":{\"description_localizations\":"
              + "{\"fr\":{\"_errors\":[{\"code\":\"BASE_TYPE_BAD_LENGTH\",\"message\":"
              + "\"Must be between 1 and 100 in length.\"}]}}}}}},\"message\":\"Invalid Form Body\"}",
          refused.body());
    }
  }

  @Test
  void aChoicesLocalisedNameKeepsDiscordsOneToAHundredCharacters() throws Exception {
    assertEquals(200, register(withChoices(1, "{'fr':'" + "é".repeat(100) + "'}")).statusCode());

    for (String name : new String[] {"é".repeat(101), ""}) {
      HttpResponse<String> refused = register(withChoices(1, "{'fr':'" + name + "'}"));
      assertEquals(400, refused.statusCode());
      assertEquals(
          "{\"code\":50035,\"errors\":{\"0\":{\"options\":{\"0\":{\"choices\":{\"0\":"
              + "{\"name_localizations\":{\"fr\":{\"_errors\":[{\"code\":\"BASE_TYPE_BAD_LENGTH\","
              + "\"message\":\"Must be between 1 and 100 in length.\"}]}}}}}}}},"
              + "\"message\":\"Invalid Form Body\"}",
          refused.body());
    }
  }

  @Test
  void aChoiceIsNamedOnlyInDiscordsLocales() throws Exception {
    HttpResponse<String> refused = register(withChoices(1, "{'fr-FR':'à distance'}"));

    assertEquals(400, refused.statusCode());
    assertEquals(
        "ENUM_TYPE_COERCE",
        firstError(refused, "0", "options", "0", "choices", "0", "name_localizations", "fr-FR"),
        refused.body());
  }

  @Test
  void anOptionHasAtMostTwentyFiveChoices() throws Exception {
    assertEquals(200, register(withChoices(25, "{}")).statusCode());

    HttpResponse<String> refused = register(withChoices(26, "{}"));

    assertEquals(400, refused.statusCode());
    assertEquals(
        "BASE_TYPE_MAX_LENGTH",
        firstError(refused, "0", "options", "0", "choices"),
        refused.body());
  }

  @Test
  void aChoicesLongestNameCountsTowardsTheCommandsSize() throws Exception {
    // 25 choices named in 100 characters in French come to 2,500 of the 4,000...
    String longNames = "{'fr':'" + "é".repeat(100) + "'}";
    assertEquals(200, register(withChoices(25, longNames, 1)).statusCode());

    // ...and the same on a second option passes them.
    HttpResponse<String> refused = register(withChoices(25, longNames, 2));

    assertEquals(400, refused.statusCode());
    assertEquals("APPLICATION_COMMAND_TOO_LARGE", firstError(refused, "0"), refused.body());
  }

  /** One command whose one option has {@code count} choices, each named in French as given. */
  private static String withChoices(int count, String nameLocalisations) {
    return withChoices(count, nameLocalisations, 1);
  }

  /** One command with {@code options} options of {@code count} choices each. */
  private static String withChoices(int count, String nameLocalisations, int options) {
    StringBuilder choices = new StringBuilder();
    for (int i = 0; i < count; i++) {
      choices
          .append(i == 0 ? "" : ",")
          .append("{'name':'c")
          .append(i)
          .append("','value':'v")
          .append(i)
          .append("','name_localizations':")
          .append(nameLocalisations)
          .append('}');
    }
    StringBuilder all = new StringBuilder();
    for (int o = 0; o < options; o++) {
      all.append(o == 0 ? "" : ",")
          .append("{'type':3,'name':'o")
          .append(o)
          .append("','description':'Where','choices':[")
          .append(choices)
          .append("]}");
    }
    return "[{'name':'post','description':'Post','options':[" + all + "]}]";
  }

  /** The code of the first error Discord gave at that path of its answer. */
  private static String firstError(HttpResponse<String> refused, String... path) {
    JsonObject at =
        JsonParser.parseString(refused.body()).getAsJsonObject().getAsJsonObject("errors");
    for (String step : path) {
      at = at.getAsJsonObject(step);
    }
    return at.getAsJsonArray("_errors").get(0).getAsJsonObject().get("code").getAsString();
  }

  @Test
  void aCommandsSizeCountsTheLongestLocalisationOfEachField() throws Exception {
    // Two subcommands of 25 options each: 50 descriptions of 10 characters fit at ease...
    assertEquals(200, register(twoSubcommands("{}")).statusCode());

    // ...but each counts as its longest localisation, here 100 characters: over 4,000 in all.
    HttpResponse<String> refused = register(twoSubcommands("{'fr':'" + "é".repeat(100) + "'}"));

    assertEquals(400, refused.statusCode());
    JsonObject errors =
        JsonParser.parseString(refused.body()).getAsJsonObject().getAsJsonObject("errors");
    assertEquals(
        "APPLICATION_COMMAND_TOO_LARGE",
        errors
            .getAsJsonObject("0")
            .getAsJsonArray("_errors")
            .get(0)
            .getAsJsonObject()
            .get("code")
            .getAsString(),
        refused.body());
  }

  /** One command, two subcommands, 25 options each described in 10 characters and localised. */
  private static String twoSubcommands(String localisations) {
    StringBuilder subcommands = new StringBuilder();
    for (String sub : new String[] {"one", "two"}) {
      StringBuilder options = new StringBuilder();
      for (int i = 0; i < 25; i++) {
        options
            .append(i == 0 ? "" : ",")
            .append("{'type':3,'name':'o")
            .append(i)
            .append("','description':'dddddddddd','description_localizations':")
            .append(localisations)
            .append('}');
      }
      subcommands
          .append(sub.equals("one") ? "" : ",")
          .append("{'type':1,'name':'")
          .append(sub)
          .append("','description':'Sub','options':[")
          .append(options)
          .append("]}");
    }
    return "[{'name':'big','description':'Big','options':[" + subcommands + "]}]";
  }

  @Test
  void aMemberIsInADiscordLocaleOrNone() {
    JsonObject user = discord.addUser("301", "noa");

    assertEquals("he", new Interactions.Where("100", "1", user, false).in("he").locale());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Interactions.Where("100", "1", user, false).in("he-IL"));
    assertThrows(IllegalArgumentException.class, () -> discord.addGuild("100", "Paris", "fr-FR"));
  }

  /** A command with one option, described in French as given. */
  private static String command(String commandLocalisations, String optionInFrench) {
    return "[{'name':'profile','description':'Your profile','description_localizations':"
        + commandLocalisations
        + ",'options':["
        + option("lang", "Your languages", optionInFrench)
        + "]}]";
  }

  private static String option(String name, String description, String inFrench) {
    return "{'type':3,'name':'"
        + name
        + "','description':'"
        + description
        + "','description_localizations':{'fr':'"
        + inFrench
        + "'}}";
  }

  private HttpResponse<String> register(String commands) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(discord.restUrl() + COMMANDS))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(commands.replace('\'', '"')))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
