package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discord limits each webhook's messages (5 per 2 s) and says how many are left in headers on every
 * answer: JDA waits by them before it is refused, and, refused all the same because someone else
 * spent the bucket, waits the Retry-After and sends the message once.
 */
class DiscordRateLimitsTest {

  private static final String EXECUTE = "webhooks/{id}/{token}";

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;
  private ChannelCopies copies;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    String channel = discord.addGuild("100", "Paris Makers");
    app = new DiscordTestApp(folder, discord);
    copies = new ChannelCopies(app, channel);
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void jdaWaitsForTheBucketTheHeadersSayIsSpent() throws DeliveryException {
    Duration window = Duration.ofMillis(1_500);
    discord.limitRoute(EXECUTE, 1, window);

    // Two paragraphs too long for one message: two parts, one after the other.
    copies.post("a".repeat(1_500) + "\n" + "b".repeat(1_500));

    List<DiscordCall> executes = executes();
    assertEquals(2, executes.size(), "both parts posted");
    long apart = executes.get(1).nanos() - executes.get(0).nanos();
    assertTrue(apart >= window.toNanos() - 50_000_000, "JDA waited " + apart / 1_000_000 + " ms");
    assertEquals(0, discord.calls().stream().filter(c -> c.status() == 429).count());
  }

  @Test
  void aBucketSpentElsewhereMakesJdaWaitAndTheCopyLandsOnce()
      throws DeliveryException, IOException, InterruptedException {
    discord.limitRoute(EXECUTE, 2, Duration.ofSeconds(2));
    copies.post("first");

    // Whoever holds the webhook's URL can post with it: here the last message the bucket allows.
    assertEquals(200, postElsewhere(executes().get(0).path(), "{\"content\":\"from elsewhere\"}"));
    List<String> second = copies.post("second");

    List<DiscordCall> tries = executes().stream().filter(c -> content(c).equals("second")).toList();
    assertEquals(List.of(429, 200), tries.stream().map(DiscordCall::status).toList());
    assertTrue(
        tries.get(1).nanos() - tries.get(0).nanos() >= Duration.ofSeconds(1).toNanos(),
        "JDA waited the Retry-After");
    assertEquals(1, second.size());
  }

  private List<DiscordCall> executes() {
    return discord.calls().stream()
        .filter(c -> c.method().equals("POST") && c.path().matches("webhooks/\\d+/[^/]+"))
        .toList();
  }

  private static String content(DiscordCall call) {
    return call.json().has("content") ? call.json().get("content").getAsString() : "";
  }

  private int postElsewhere(String path, String json) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(discord.restUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
