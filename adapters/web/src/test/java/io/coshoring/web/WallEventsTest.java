package io.coshoring.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An open page hears of the cards that appear for its filters, and of those that go. */
class WallEventsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  private TestWall wall;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private CompletableFuture<HttpResponse<Stream<String>>> stream;

  @BeforeEach
  void start() {
    wall = new TestWall(folder);
  }

  @AfterEach
  void stop() {
    if (stream != null) {
      stream.cancel(true);
    }
    wall.close();
  }

  @Test
  void aNewOfferAppearsOnAnOpenPageOfOffersAndGoesWhenClosed() throws Exception {
    follow("/wall/events?kind=offer&hl=fr&tz=Europe/Paris");

    wall.types("console:tlv:noa", "/demand Need a translator English to French remote");
    String offered =
        wall.types("console:paris:alice", "/offer I edit promo videos in Premiere Pro remote");

    List<String> card = awaitEvent("card");
    String html = String.join("\n", card);
    assertTrue(html.contains("I edit promo videos in Premiere Pro"), html);
    // In the page's language, for the page's timezone.
    assertTrue(html.contains("Offre"), html);
    assertFalse(String.join("\n", lines).contains("translator"), "a demand, which it filters out");

    Matcher id = Pattern.compile("`(p[0-9a-z]+)`").matcher(offered);
    assertTrue(id.find(), offered);
    wall.types("console:paris:alice", "/coshore close " + id.group(1));
    awaitEvent("gone-" + id.group(1));
  }

  private void follow(String path) throws InterruptedException {
    stream =
        wall.http()
            .sendAsync(
                HttpRequest.newBuilder(wall.uri(path))
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    stream.thenAccept(response -> response.body().forEach(lines::add));
    // The page is open once the server has taken it.
    long until = System.nanoTime() + WAIT.toNanos();
    while (wall.site.livePages() == 0 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertTrue(wall.site.livePages() > 0, "the stream did not open");
  }

  /** The data lines of the next event of that name, skipping others. */
  private List<String> awaitEvent(String name) throws InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    boolean inEvent = false;
    List<String> data = new java.util.ArrayList<>();
    while (System.nanoTime() < until) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line == null) {
        continue;
      }
      if (line.equals("event: " + name)) {
        inEvent = true;
      } else if (inEvent && line.startsWith("data:")) {
        data.add(line.substring(5));
      } else if (inEvent && line.isEmpty()) {
        return data;
      }
    }
    throw new AssertionError("no event " + name + " within " + WAIT);
  }
}
