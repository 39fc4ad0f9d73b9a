package io.coshoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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

/**
 * A space's lobby screen, as a TV's browser receives it: in the space's language, other spaces'
 * posts with those that fit its members first, a QR code a phone can read, and its live updates.
 */
class LobbyScreenTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  @TempDir Path folder;

  private TestWall wall;
  private CompletableFuture<HttpResponse<Stream<String>>> stream;

  @BeforeEach
  void start() {
    wall = new TestWall(folder);
    wall.adminTypes("console:paris:alice", "/coshore setup city:Paris tz:Europe/Paris lang:fr");
    wall.types("console:paris:alice", "/demand Need a React developer for 3 weeks remote");
    wall.types("console:tlv:noa", "/offer I build React front-ends in TypeScript remote");
    wall.types("console:berlin:jonas", "/offer I edit promo videos in Premiere Pro");
  }

  @AfterEach
  void stop() {
    if (stream != null) {
      stream.cancel(true);
    }
    wall.close();
  }

  @Test
  void showsOtherSpacesPostsInTheSpacesLanguageThoseThatFitFirst() {
    HttpResponse<String> page = wall.get("/spaces/console:paris/screen", "en");

    assertEquals(200, page.statusCode());
    String html = page.body();
    // The space's admins chose French: the whole lobby reads it, whatever the TV's browser says.
    assertTrue(html.contains("<html lang=\"fr\" dir=\"ltr\">"), html);
    assertTrue(html.contains("Dans le réseau"), html);
    assertTrue(html.contains("Scannez pour voir toutes les offres et demandes"), html);
    // Noa's offer meets Alice's demand: it comes before Jonas's, newer; Paris's own never shows.
    int noa = html.indexOf("I build React front-ends");
    int jonas = html.indexOf("I edit promo videos");
    assertTrue(noa > 0 && jonas > noa, html);
    assertFalse(html.contains("Need a React developer"), html);

    String hebrew = wall.get("/spaces/console:paris/screen?hl=he", null).body();
    assertTrue(hebrew.contains("<html lang=\"he\" dir=\"rtl\">"), hebrew);
    assertTrue(hebrew.contains("סרקו כדי לראות את כל ההצעות והבקשות"), hebrew);
  }

  @Test
  void theAddressMayEncodeTheSpacesIdAndItsCardsCanBeTakenAgain() {
    assertEquals(200, wall.get("/spaces/console%3Aparis/screen", null).statusCode());

    String cards = wall.get("/spaces/console:paris/screen/cards?hl=fr", null).body();
    assertTrue(cards.startsWith("<li"), cards);
    assertTrue(cards.contains("Offre"), cards);
    assertTrue(cards.contains("I edit promo videos"), cards);
  }

  @Test
  void aSpaceUnknownOrKeepingItsPostsInsideHasNoScreen() {
    HttpResponse<String> unknown = wall.get("/spaces/console:nowhere/screen", "fr-FR");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("<html lang=\"fr\" dir=\"ltr\">"), unknown.body());
    assertTrue(unknown.body().contains("Aucun écran ici"), unknown.body());

    wall.adminTypes(
        "console:berlin:jonas", "/coshore setup city:Berlin tz:Europe/Berlin share:space");
    HttpResponse<String> inside = wall.get("/spaces/console:berlin/screen", null);
    assertEquals(404, inside.statusCode());
    assertTrue(inside.body().contains("No screen here"), inside.body());
    assertEquals(404, wall.get("/spaces/console:berlin/screen/cards", null).statusCode());
    assertEquals(404, wall.get("/spaces/console:berlin/screen/events", null).statusCode());
  }

  @Test
  void itsQrCodeOpensTheWall() throws Exception {
    String html = wall.get("/spaces/console:paris/screen", null).body();

    Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"").matcher(html);
    assertTrue(box.find(), html);
    Matcher path = Pattern.compile("<path d=\"([^\"]+)\"").matcher(html);
    assertTrue(path.find(), html);
    String url = wall.uri("/").toString();
    assertEquals(url, decoded(Integer.parseInt(box.group(1)), path.group(1)));
    assertTrue(html.contains(url), "the address is written under the code too");
    // Only the site's own script runs, as everywhere on the site.
    assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), html);
  }

  @Test
  void behindAProxyItsQrCodeGivesTheDeploymentsPublicAddress(@TempDir Path elsewhere)
      throws Exception {
    try (TestWall proxied =
        new TestWall(
            elsewhere,
            url ->
                new WallSettings(
                    WallSettings.Access.PUBLIC,
                    new SignInSettings("https://coshoring.example.org/", null, null)))) {
      proxied.types("console:paris:alice", "/coshore profile");

      String html = proxied.get("/spaces/console:paris/screen", null).body();

      Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"").matcher(html);
      assertTrue(box.find(), html);
      Matcher path = Pattern.compile("<path d=\"([^\"]+)\"").matcher(html);
      assertTrue(path.find(), html);
      assertEquals(
          "https://coshoring.example.org/", decoded(Integer.parseInt(box.group(1)), path.group(1)));
    }
  }

  @Test
  void anOpenScreenHearsOfOtherSpacesNewPostsAndOfThoseThatGo() throws Exception {
    BlockingQueue<String> lines = follow("/spaces/console:paris/screen/events?hl=fr");

    wall.types("console:paris:bob", "/offer I subtitle videos in French and English remote");
    String posted = wall.types("console:tlv:dana", "/offer I write TypeScript backends remote");

    String card = String.join("\n", awaitEvent(lines, "card"));
    assertTrue(card.contains("I write TypeScript backends"), card);
    assertTrue(card.contains("Offre"), card);
    assertFalse(card.contains("subtitle"), "Paris's own post, told first, was not sent");

    Matcher id = Pattern.compile("`(p[0-9a-z]+)`").matcher(posted);
    assertTrue(id.find(), posted);
    wall.types("console:tlv:dana", "/coshore close " + id.group(1));
    assertEquals(List.of(id.group(1)), awaitEvent(lines, "gone"));
  }

  /** Decodes the QR code drawn by the page's path, one module of it four pixels a side. */
  private static String decoded(int size, String path) throws Exception {
    int scale = 4;
    int side = size * scale;
    int[] pixels = new int[side * side];
    Arrays.fill(pixels, 0xFFFFFFFF);
    Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z").matcher(path);
    int drawn = 0;
    while (run.find()) {
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int length = Integer.parseInt(run.group(3));
      for (int row = y * scale; row < (y + 1) * scale; row++) {
        Arrays.fill(pixels, row * side + x * scale, row * side + (x + length) * scale, 0xFF000000);
      }
      drawn += run.group().length();
    }
    assertEquals(path.length(), drawn, "the path holds only runs of modules");
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
    return new QRCodeReader().decode(bitmap).getText();
  }

  private BlockingQueue<String> follow(String path) throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    stream =
        wall.http()
            .sendAsync(
                HttpRequest.newBuilder(wall.uri(path))
                    .header("Accept", "text/event-stream")
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    stream.thenAccept(response -> response.body().forEach(lines::add));
    // The server says the stream is open before it tells any change.
    long until = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < until) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (": open".equals(line)) {
        return lines;
      }
    }
    throw new AssertionError("the stream did not open");
  }

  /** The data lines of the next event of that name, skipping others. */
  private static List<String> awaitEvent(BlockingQueue<String> lines, String name)
      throws InterruptedException {
    long until = System.nanoTime() + WAIT.toNanos();
    boolean inEvent = false;
    List<String> data = new ArrayList<>();
    while (System.nanoTime() < until) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line == null) {
        continue;
      }
      if (line.equals("event: " + name)) {
        inEvent = true;
      } else if (inEvent && line.startsWith("data:")) {
        data.add(line.substring(5).strip());
      } else if (inEvent && line.isEmpty()) {
        return data;
      }
    }
    throw new AssertionError("no event " + name + " within " + WAIT);
  }
}
