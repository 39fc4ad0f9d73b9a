package io.coshoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A signed-in member posts from the wall's form, as from a chat modal, and closes or keeps open
 * their own posts from their cards.
 */
class PostFromWallTest {

  @TempDir Path folder;

  private FakeProviders providers;
  private TestWall wall;
  private Visits visits;
  private String session;
  private String csrf;

  @BeforeEach
  void start() {
    providers = new FakeProviders();
    wall =
        new TestWall(
            folder,
            url ->
                new WallSettings(
                    WallSettings.Access.PUBLIC,
                    new SignInSettings(url, providers.client(), providers.client())));
    visits = new Visits(wall, providers);
    // GIVEN Ulysse, who used the bot on Slack, signed in on the wall
    wall.types("slack:T1:U1", "/coshore profile");
    providers.signsIn("T1", "U1");
    session = Visits.session(visits.signIn("slack"));
    csrf = Visits.csrfOf(visits.get("/", session).body());
  }

  @AfterEach
  void stop() {
    wall.close();
    providers.close();
  }

  @Test
  void theFormIsLabelledAsTheModalsAndOnlyForMembersSignedIn() {
    String page = visits.get("/", session).body();
    assertTrue(page.contains("href=\"/wall/post?kind=offer\""), page);
    assertTrue(page.contains("href=\"/activity\""), page);

    String form = visits.get("/wall/post?kind=demand", session).body();

    assertTrue(form.contains("<h1>Post a demand</h1>"), form);
    assertTrue(form.contains("What do you need?"), form);
    assertTrue(form.contains("Budget"), form);
    assertTrue(form.contains("Separated by commas"), form);
    assertTrue(form.contains("name=\"kind\" value=\"demand\""), form);
    assertEquals(401, visits.get("/wall/post?kind=offer", null).statusCode());
    assertEquals(403, visits.post("/wall/post", session, "kind=offer", null).statusCode());
  }

  @Test
  void errorsShowBesideTheirFieldsAndWhatWasWrittenIsKept() {
    HttpResponse<String> refused =
        post(
            "kind=offer&description=&skills=premiere&place=remote&until=31/12/2026"
                + "&visibility=network&overlap=");

    assertEquals(422, refused.statusCode());
    String page = refused.body();
    assertTrue(page.contains("id=\"description-error\">Please describe what you offer"), page);
    assertTrue(page.contains("id=\"until-error\">"), page);
    assertTrue(page.contains("is not a date"), page);
    assertTrue(page.contains("value=\"premiere\""), page);
    assertTrue(page.contains("aria-invalid=\"true\""), page);
    assertFalse(page.contains("id=\"skills-error\""), page);
  }

  @Test
  void aPostMadeOnTheWallIsMarkedTheirsThenKeptOpenAndClosed() {
    // WHEN Ulysse posts an offer from the form
    HttpResponse<String> posted =
        post(
            "kind=offer&description="
                + URLEncoder.encode(
                    "I edit promo videos in Premiere Pro, FR/EN", StandardCharsets.UTF_8)
                + "&skills=video+editing&price=&place=remote&city=&until=&visibility=network"
                + "&overlap=");

    // THEN it is on the wall, his, with its buttons instead of "I'm interested"
    assertEquals(303, posted.statusCode(), posted.body());
    assertEquals("/", posted.headers().firstValue("Location").orElseThrow());
    String page = visits.get("/", session).body();
    String card = Visits.cardOf(page, "promo videos");
    assertTrue(page.contains("Your post"), page);
    assertTrue(page.contains("value=\"renew\""), page);
    assertFalse(page.contains("I&#39;m interested"), page);
    // A reader who is not signed in sees the card, not the buttons
    assertFalse(visits.get("/", null).body().contains("Your post"));

    String renewed = mine(card, "renew").body();
    assertTrue(renewed.contains("Kept open for 30 more days."), renewed);

    String closed = mine(card, "close").body();
    assertTrue(closed.contains("Closed: it won"), closed);
    assertFalse(visits.get("/", session).body().contains("promo videos"));
    assertTrue(mine(card, "close").body().contains("This post is no longer open."));
  }

  @Test
  void aMemberOverTheRateLimitIsToldOnTheFormAndKeepsWhatTheyWrote() {
    HttpResponse<String> last = null;
    for (int i = 0; i <= 20; i++) {
      last =
          post(
              "kind=offer&description=I+translate+legal+texts+"
                  + i
                  + "&skills=&place=remote&until=&visibility=network&overlap=");
    }

    assertEquals(422, last.statusCode());
    assertTrue(last.body().contains("Please wait a minute"), last.body());
    assertTrue(last.body().contains("I translate legal texts 20"), last.body());
  }

  private HttpResponse<String> post(String form) {
    return visits.post("/wall/post", session, form + "&csrf=" + csrf, null);
  }

  private HttpResponse<String> mine(String card, String action) {
    return visits.post("/wall/mine", session, "post=" + card + "&action=" + action, csrf);
  }
}
