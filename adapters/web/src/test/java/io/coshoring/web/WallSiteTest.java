package io.coshoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wall's page and its cards, as a browser receives them. */
class WallSiteTest {

  @TempDir Path folder;

  private TestWall wall;

  @BeforeEach
  void start() {
    wall = new TestWall(folder);
    wall.types("console:paris:alice", "/offer I edit promo videos in Premiere Pro, FR/EN remote");
    wall.types(
        "console:paris:alice", "/demand Need a React developer for 3 weeks visibility:space");
    wall.types("console:tlv:noa", "/demand Need a translator English to French, 8k words remote");
  }

  @AfterEach
  void stop() {
    wall.close();
  }

  @Test
  void showsWhatSpacesShareWithTheNetworkAndNothingKeptInside() {
    HttpResponse<String> page = wall.get("/", null);

    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("I edit promo videos in Premiere Pro"), html);
    assertTrue(html.contains("Need a translator English to French"), html);
    assertFalse(html.contains("Need a React developer"), "kept inside its space");
    // Authors show by first name and space.
    assertTrue(html.contains("Alice, paris"), html);
    assertFalse(html.contains("Martin"), html);
    assertTrue(html.contains("<html lang=\"en\" dir=\"ltr\">"), html);
  }

  @Test
  void filtersNarrowTheCards() {
    String demands = wall.get("/wall/cards?kind=demand", null).body();

    assertTrue(demands.contains("Need a translator"), demands);
    assertFalse(demands.contains("promo videos"), demands);
    String searched = wall.get("/wall/cards?q=premiere", null).body();
    assertTrue(searched.contains("promo videos"), searched);
    assertFalse(searched.contains("translator"), searched);
  }

  @Test
  void thePageSpeaksTheReadersLanguageRightToLeftInHebrew() {
    String french = wall.get("/", "fr-FR,fr;q=0.9,en;q=0.8").body();
    assertTrue(french.contains("<html lang=\"fr\" dir=\"ltr\">"), french);
    assertTrue(french.contains("Offres et demandes du réseau"), french);

    String hebrew = wall.get("/?hl=he", "fr-FR").body();
    assertTrue(hebrew.contains("<html lang=\"he\" dir=\"rtl\">"), hebrew);
    assertTrue(hebrew.contains("הצעות ובקשות מכל הרשת"), hebrew);
    // The posts stay as their authors wrote them.
    assertTrue(hebrew.contains("I edit promo videos"), hebrew);
  }

  @Test
  void whatMembersWroteIsTextNeverMarkup() {
    wall.types(
        "console:paris:mallory",
        "/offer <script>alert(1)</script> <img src=x onerror=alert(2)> videos remote");

    String html = wall.get("/", null).body();

    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("<img src=x"), html);
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
  }

  @Test
  void everyAnswerForbidsScriptsFromElsewhereAndFraming() {
    HttpResponse<String> page = wall.get("/", null);

    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("script-src 'self'"), policy);
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
    // No script is written into the page itself, which the policy would refuse.
    assertFalse(page.body().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), page.body());
  }

  @Test
  void theScriptsAndStylesItNeedsAreServedHere() {
    String html = wall.get("/", null).body();
    Matcher loaded = Pattern.compile("(?:src|href)=\"(/(?:webjars|assets)/[^\"]+)\"").matcher(html);
    int files = 0;
    while (loaded.find()) {
      assertEquals(200, wall.get(loaded.group(1), null).statusCode(), loaded.group(1));
      files++;
    }
    assertEquals(4, files, "htmx, its live updates, the page's script and its stylesheet");
  }
}
