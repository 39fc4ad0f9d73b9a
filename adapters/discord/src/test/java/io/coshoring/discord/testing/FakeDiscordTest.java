package io.coshoring.discord.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake Discord refuses what Discord refuses, with Discord's codes, shapes and headers. */
class FakeDiscordTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeDiscord discord;
  private String channel;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    channel = discord.addGuild("100", "Paris Makers");
  }

  @AfterEach
  void stop() {
    discord.close();
  }

  @Test
  void messageLengthIsCountedInCodePointsAsDiscordCountsIt() throws Exception {
    // 2,000 emoji are 4,000 UTF-16 units, and fit.
    assertEquals(200, send("{\"content\":\"" + "\uD83D\uDE00".repeat(2_000) + "\"}").statusCode());

    HttpResponse<String> tooLong = send("{\"content\":\"" + "a".repeat(2_001) + "\"}");

    assertEquals(400, tooLong.statusCode());
    assertEquals(
        "{\"code\":50035,\"errors\":{\"content\":{\"_errors\":[{\"code\":\"BASE_TYPE_MAX_LENGTH\","
            + "\"message\":\"Must be 2000 or fewer in length.\"}]}},\"message\":\"Invalid Form Body\"}",
        tooLong.body());
  }

  @Test
  void aMessageShowingNothingIsRefused() throws Exception {
    assertEquals(
        "{\"message\":\"Cannot send an empty message\",\"code\":50006}",
        send("{\"content\":\"  \",\"embeds\":[]}").body());
    assertEquals(200, send("{\"embeds\":[{\"description\":\"an embed\"}]}").statusCode());
  }

  @Test
  void whatTheBotMayNotDoInAChannelIsRefused() throws Exception {
    discord.denyInChannel(channel, Permission.MESSAGE_EMBED_LINKS);
    assertEquals(50013, code(send("{\"embeds\":[{\"description\":\"an embed\"}]}")));
    assertEquals(200, send("{\"content\":\"no embed, no need\"}").statusCode());

    discord.denyInChannel(channel, Permission.VIEW_CHANNEL);
    assertEquals(50001, code(send("{\"content\":\"hello\"}")));

    HttpResponse<String> nowhere = request("POST", "channels/1/messages", "{\"content\":\"hi\"}");
    assertEquals(404, nowhere.statusCode());
    assertEquals(10003, code(nowhere));
  }

  @Test
  void aWebhookPostsWhereTheBotItselfMayNotButNotUnderDiscordsName() throws Exception {
    JsonObject webhook =
        JsonParser.parseString(
                request("POST", "channels/" + channel + "/webhooks", "{\"name\":\"bridge\"}")
                    .body())
            .getAsJsonObject();
    String execute =
        "webhooks/" + webhook.get("id").getAsString() + "/" + webhook.get("token").getAsString();
    discord.denyInChannel(channel, Permission.MESSAGE_SEND);

    assertEquals(
        200, request("POST", execute, "{\"content\":\"hi\",\"username\":\"Amelie\"}").statusCode());
    HttpResponse<String> named =
        request("POST", execute, "{\"content\":\"hi\",\"username\":\"Discord Dan\"}");
    assertEquals(50035, code(named));
    assertTrue(named.body().contains("USERNAME_INVALID_CONTAINS"), named.body());
  }

  @Test
  void aForumTakesMessagesOnlyInItsPosts() throws Exception {
    String forum = discord.addForum("100", "projects");
    HttpResponse<String> plain =
        request("POST", "channels/" + forum + "/messages", "{\"content\":\"hi\"}");
    assertEquals(400, plain.statusCode());
    assertEquals(50008, code(plain));
    JsonObject webhook =
        JsonParser.parseString(
                request("POST", "channels/" + forum + "/webhooks", "{\"name\":\"bridge\"}").body())
            .getAsJsonObject();
    String execute =
        "webhooks/" + webhook.get("id").getAsString() + "/" + webhook.get("token").getAsString();

    HttpResponse<String> nowhere = request("POST", execute, "{\"content\":\"hi\"}");

    assertEquals(400, nowhere.statusCode());
    assertEquals(220001, code(nowhere), "neither a post to open nor one to write in");
  }

  @Test
  void everyAnswerSaysWhatIsLeftOfItsBucketAndASpentOneAnswers429() throws Exception {
    discord.limitRoute("channels/{id}/messages", 1, Duration.ofSeconds(10));

    HttpResponse<String> first = send("{\"content\":\"one\"}");
    HttpResponse<String> second = send("{\"content\":\"two\"}");

    assertEquals("1", first.headers().firstValue("X-RateLimit-Limit").orElseThrow());
    assertEquals("0", first.headers().firstValue("X-RateLimit-Remaining").orElseThrow());
    String bucket = first.headers().firstValue("X-RateLimit-Bucket").orElseThrow();
    assertEquals(429, second.statusCode());
    assertEquals("10", second.headers().firstValue("Retry-After").orElseThrow());
    assertEquals("user", second.headers().firstValue("X-RateLimit-Scope").orElseThrow());
    JsonObject limited = JsonParser.parseString(second.body()).getAsJsonObject();
    assertEquals("You are being rate limited.", limited.get("message").getAsString());
    assertTrue(limited.get("retry_after").getAsDouble() > 9, second.body());
    HttpResponse<String> elsewhere =
        request(
            "POST",
            "channels/" + discord.addGuild("200", "Lyon") + "/messages",
            "{\"content\":\"one\"}");
    assertEquals(200, elsewhere.statusCode(), "another channel's bucket");
    assertEquals(bucket, elsewhere.headers().firstValue("X-RateLimit-Bucket").orElseThrow());
  }

  /**
   * A modal is refused with a title over 45 characters, a text input's label over 45 or its
   * placeholder over 100, each named by its path; at the limits, it opens.
   */
  @Test
  void aModalWithOverLongTextsIsRefused() throws Exception {
    HttpResponse<String> tooLong =
        request("POST", "interactions/1/token-1/callback", modal(46, 46, 101));

    assertEquals(400, tooLong.statusCode());
    assertEquals(
        "{\"code\":50035,\"errors\":{\"data\":{"
            + "\"title\":{\"_errors\":[{\"code\":\"BASE_TYPE_MAX_LENGTH\","
            + "\"message\":\"Must be 45 or fewer in length.\"}]},"
            + "\"components\":{\"0\":{"
            + "\"label\":{\"_errors\":[{\"code\":\"BASE_TYPE_MAX_LENGTH\","
            + "\"message\":\"Must be 45 or fewer in length.\"}]},"
            + "\"component\":{\"placeholder\":{\"_errors\":[{\"code\":\"BASE_TYPE_MAX_LENGTH\","
            + "\"message\":\"Must be 100 or fewer in length.\"}]}}}}}},"
            + "\"message\":\"Invalid Form Body\"}",
        tooLong.body());
    assertEquals(
        204, request("POST", "interactions/2/token-2/callback", modal(45, 45, 100)).statusCode());
  }

  /** A modal callback: a title, and one labelled text input, of the lengths given. */
  private static String modal(int title, int label, int placeholder) {
    return "{\"type\":9,\"data\":{\"custom_id\":\"form\",\"title\":\""
        + "t".repeat(title)
        + "\",\"components\":[{\"type\":18,\"label\":\""
        + "l".repeat(label)
        + "\",\"component\":{\"type\":4,\"custom_id\":\"a\",\"style\":1,"
        + "\"placeholder\":\""
        + "p".repeat(placeholder)
        + "\"}}]}}";
  }

  private HttpResponse<String> send(String json) throws IOException, InterruptedException {
    return request("POST", "channels/" + channel + "/messages", json);
  }

  private HttpResponse<String> request(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static int code(HttpResponse<String> response) {
    return JsonParser.parseString(response.body()).getAsJsonObject().get("code").getAsInt();
  }
}
