package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.matching.PostKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The posting modal fits Discord's limits in every language and for both kinds of post: JDA builds
 * it (it checks some limits itself), and the fake Discord, which refuses a title or a label over 45
 * characters and a placeholder over 100, takes it as an interaction's answer.
 */
class PostModalTest {

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

  @ParameterizedTest
  @EnumSource(Language.class)
  void theModalFitsDiscordsLimitsInEveryLanguage(Language language) throws Exception {
    for (PostKind kind : PostKind.values()) {
      Modal modal = PostModal.modal(kind, Phrasebook.standard().in(language));
      JsonObject callback = new JsonObject();
      callback.addProperty("type", 9);
      callback.add("data", JsonParser.parseString(modal.toData().toString()));

      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(discord.restUrl() + "interactions/1/token-1/callback"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(callback.toString()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertEquals(204, answer.statusCode(), language + " " + kind + ": " + answer.body());
    }
  }
}
