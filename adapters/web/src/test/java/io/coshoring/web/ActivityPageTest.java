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

/** The network's activity page, as a browser receives it. */
class ActivityPageTest {

  private static final Pattern POST_ID = Pattern.compile("`(p[a-z0-9]+)`");

  @TempDir Path folder;

  private TestWall wall;

  @BeforeEach
  void aPairIntroducedAcrossTwoSpaces() {
    wall = new TestWall(folder);
    wall.adminTypes(
        "console:paris:pauline",
        "/coshore setup city:Paris tz:Europe/Paris name:\"<b>x</b> & co\"");
    wall.adminTypes(
        "console:tlv:tamar", "/coshore setup city:\"Tel Aviv\" tz:Asia/Jerusalem name:\"TLV Hub\"");
    String offer =
        postId(
            wall.types(
                "console:paris:alice",
                "/offer Développeuse React et TypeScript freelance, dispo 3 semaines"));
    String demand =
        postId(
            wall.types(
                "console:tlv:bob", "/demand Need a React + TypeScript dev for 3 weeks, remote"));
    String match = "match:interested:" + demand + "-" + offer;
    wall.clicks("console:paris:alice", match);
    assertTrue(wall.clicks("console:tlv:bob", match).contains("both interested"));
  }

  @AfterEach
  void stop() {
    wall.close();
  }

  @Test
  void drawsTheWeeksAndTablesTheirFigures() {
    HttpResponse<String> page = wall.get("/activity", null);

    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("<html lang=\"en\" dir=\"ltr\">"), html);
    assertTrue(html.contains("<svg role=\"img\" aria-labelledby=\"posts-title posts-desc\""), html);
    assertTrue(html.contains("<title id=\"introductions-title\">Introductions</title>"), html);
    assertTrue(
        html.contains("<title id=\"collaborations-title\">Collaborations confirmed</title>"), html);
    assertTrue(html.contains("<th scope=\"col\">Collaborations confirmed</th>"), html);
    assertTrue(html.contains("Posts published, week by week, from the week of"), html);
    // This week, the last row: two posts, one match, one introduction, no room and no
    // collaboration yet (asked about a week after the introduction).
    assertTrue(
        Pattern.compile(
                "<tr><th scope=\"row\">[^<]+</th><td>2</td><td>1</td><td>1</td><td>0</td><td>0</td>"
                    + "</tr>\\s*</tbody>")
            .matcher(html)
            .find(),
        html);
    assertEquals(60, count(html, "<rect class=\"bar\""), "twelve weeks in each of five charts");
  }

  @Test
  void drawsWhoWorksWithWhomAndEscapesTheSpacesNames() {
    String html = wall.get("/activity", null).body();

    assertTrue(html.contains("aria-labelledby=\"flows-title flows-desc\""), html);
    // One pair: its line is the widest.
    assertTrue(html.contains("stroke-width=\"13.5\""), html);
    assertTrue(
        html.contains(
            "<td><bdi>&lt;b&gt;x&lt;/b&gt; &amp; co</bdi></td><td><bdi>Paris</bdi></td>"
                + "<td><bdi>TLV Hub</bdi></td><td><bdi>Tel Aviv</bdi></td><td>1</td><td>0</td>"),
        html);
    assertFalse(html.contains("<b>x</b>"), html);
  }

  @Test
  void carriesTheSitesPolicyAndWritesNoStyleOrScriptIntoThePage() {
    HttpResponse<String> page = wall.get("/activity", null);

    String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("style-src 'self'"), policy);
    assertFalse(policy.contains("unsafe-inline"), policy);
    assertFalse(page.body().contains("style="), page.body());
    assertFalse(page.body().contains("<style"), page.body());
    assertFalse(page.body().contains("<script"), page.body());
    assertEquals(200, wall.get("/assets/activity.css", null).statusCode());
  }

  @Test
  void speaksTheReadersLanguageRightToLeftInHebrew() {
    String french = wall.get("/activity", "fr-FR,fr;q=0.9").body();
    assertTrue(french.contains("<h1>Activité du réseau</h1>"), french);

    String hebrew = wall.get("/activity?hl=he", "fr-FR").body();
    assertTrue(hebrew.contains("<html lang=\"he\" dir=\"rtl\">"), hebrew);
    assertTrue(hebrew.contains("<h1>הפעילות ברשת</h1>"), hebrew);
  }

  private static String postId(String answer) {
    Matcher id = POST_ID.matcher(answer);
    assertTrue(id.find(), answer);
    return id.group(1);
  }

  private static int count(String html, String what) {
    return html.split(Pattern.quote(what), -1).length - 1;
  }
}
