package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.discord.testing.FakeDiscord;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every server deployment answers health checks, and keeps platform routes shut until ready. */
class HealthTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir Path folder;

  @Test
  void platformRoutesWaitUntilTheDeploymentIsReady() throws Exception {
    Health health = new Health();
    Javalin server =
        Javalin.create(
                config -> {
                  health.mount(config, "/slack/");
                  config.routes.post("/slack/events", ctx -> ctx.result("handled"));
                })
            .start("127.0.0.1", 0);
    try {
      String base = "http://127.0.0.1:" + server.port();
      assertEquals(200, get(base + Health.LIVE).statusCode());
      assertEquals(503, get(base + Health.READY).statusCode());
      HttpResponse<String> early = post(base + "/slack/events");
      assertEquals(503, early.statusCode(), "nothing is taken before the engine is loaded");

      health.ready(true);

      assertEquals(200, get(base + Health.READY).statusCode());
      assertEquals("handled", post(base + "/slack/events").body());
    } finally {
      server.stop();
    }
  }

  @Test
  void aDiscordOnlyDeploymentServesHealthAndStopsServingWhenClosed() throws Exception {
    int port = freePort();
    try (FakeDiscord discord = FakeDiscord.start()) {
      PlatformServer server =
          PlatformServer.start(
              Settings.load(
                  Map.of(
                      Settings.DISCORD_TOKEN, FakeDiscord.TOKEN,
                      Settings.DISCORD_API_URL, discord.restUrl(),
                      Settings.DISCORD_GATEWAY_URL, discord.gateway().url(),
                      Settings.HTTP_HOST, "127.0.0.1",
                      Settings.HTTP_PORT, String.valueOf(port),
                      Settings.DATA_DIR, folder.toString())),
              folder);
      String base = "http://127.0.0.1:" + port;
      try {
        assertEquals(200, get(base + Health.LIVE).statusCode());
        assertEquals("ready", get(base + Health.READY).body());
        assertTrue(server.describe().contains("HTTP on port " + port), server.describe());
      } finally {
        server.close();
      }
      assertThrows(IOException.class, () -> get(base + Health.LIVE), "closed: no more traffic");
    }
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
