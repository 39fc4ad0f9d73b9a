package io.coshoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Signing in to the wall with Slack and Discord, through fake providers on 127.0.0.1, and acting
 * once signed in, as a browser would: cookies kept by hand, redirects followed one by one.
 */
class SignInTest {

  @TempDir Path folder;

  private FakeProviders providers;
  private TestWall wall;
  private Visits visits;

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
    wall.types("slack:T1:U1", "/offer I edit promo videos in Premiere Pro, FR/EN remote");
    wall.types("discord:G7:42", "/demand Need a translator English to French, 8k words remote");
  }

  @AfterEach
  void stop() {
    wall.close();
    providers.close();
  }

  @Test
  void aSlackMemberSignsInWithAnHttpOnlySecureLaxCookie() {
    providers.signsIn("T1", "U1");

    HttpResponse<String> back = visits.signIn("slack");

    assertEquals(303, back.statusCode(), back.body());
    String cookie =
        back.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(Sessions.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("Secure"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    String page = visits.get("/", Visits.session(back)).body();
    assertTrue(page.contains("Signed in as U1 Martin"), page);
    assertTrue(page.contains("<meta name=\"csrf-token\""), page);
    assertTrue(page.contains("I&#39;m interested") || page.contains("I'm interested"), page);
  }

  @Test
  void aDiscordMemberSignsInAndSaysTheyAreInterestedInACard() {
    providers.signsIn(null, "42");
    String session = Visits.session(visits.signIn("discord"));
    String page = visits.get("/", session).body();
    assertTrue(page.contains("Signed in as 42 Martin"), page);
    String csrf = Visits.csrfOf(page);
    String card = Visits.cardOf(page, "promo videos");

    HttpResponse<String> refused = visits.post("/wall/interested", session, "post=" + card, null);
    HttpResponse<String> wrong =
        visits.post("/wall/interested", session, "post=" + card + "&csrf=x", null);
    HttpResponse<String> said =
        visits.post("/wall/interested", session, "post=" + card, csrf /* as htmx's header */);

    assertEquals(403, refused.statusCode());
    assertEquals(403, wrong.statusCode());
    assertTrue(refused.body().contains("This form has expired"), refused.body());
    assertEquals(200, said.statusCode(), said.body());
    assertTrue(said.body().contains("as soon as U1 Martin says yes"), said.body());
  }

  @Test
  void aStateFromAnotherBrowserOrAReusedCodeSignsNoOneIn() {
    providers.signsIn("T1", "U1");
    HttpResponse<String> started = visits.get("/signin/slack", null);
    String stateCookie = Visits.cookieOf(started, SignIn.STATE_COOKIE);
    String callback =
        visits
            .get(started.headers().firstValue("Location").orElseThrow(), null)
            .headers()
            .firstValue("Location")
            .orElseThrow();

    // Another browser, without the state cookie, brings the same answer back.
    HttpResponse<String> elsewhere = visits.get(callback, null);
    assertEquals(400, elsewhere.statusCode());
    assertTrue(elsewhere.body().contains("Sign-in did not complete"), elsewhere.body());
    assertFalse(elsewhere.body().contains("Exception"), elsewhere.body());

    // The browser that started it signs in; the same answer again finds the code spent.
    assertEquals(303, visits.get(callback, stateCookie).statusCode());
    HttpResponse<String> again = visits.get(callback, stateCookie);
    assertEquals(400, again.statusCode());
    assertTrue(Visits.cookieOf(again, Sessions.COOKIE) == null);
  }

  @Test
  void someoneTheNetworkDoesNotKnowIsToldToUseTheBotFirst() {
    providers.signsIn("T1", "U404");

    HttpResponse<String> back = visits.signIn("slack");

    assertEquals(403, back.statusCode());
    assertTrue(back.body().contains("type /coshore"), back.body());
    assertTrue(Visits.cookieOf(back, Sessions.COOKIE) == null);
  }

  @Test
  void signingOutEndsTheSession() {
    providers.signsIn("T1", "U1");
    String session = Visits.session(visits.signIn("slack"));
    String csrf = Visits.csrfOf(visits.get("/", session).body());

    assertEquals(403, visits.post("/signout", session, "", null).statusCode());
    assertEquals(303, visits.post("/signout", session, "csrf=" + csrf, null).statusCode());

    String page = visits.get("/", session).body();
    assertFalse(page.contains("Signed in as"), page);
    assertTrue(page.contains("Sign in with Slack"), page);
    assertEquals(
        401, visits.post("/wall/interested", session, "post=x&csrf=" + csrf, null).statusCode());
  }

  @Test
  void withoutProvidersTheWallOffersNoSignIn() {
    wall.close();
    wall = new TestWall(folder);

    String page = wall.get("/", null).body();

    assertFalse(page.contains("Sign in with"), page);
    assertEquals(404, wall.get("/signin/slack", null).statusCode());
  }
}
