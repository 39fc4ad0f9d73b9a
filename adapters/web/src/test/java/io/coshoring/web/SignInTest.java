package io.coshoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @BeforeEach
  void start() {
    providers = new FakeProviders();
    wall =
        new TestWall(
            folder, url -> new SignInSettings(url, providers.client(), providers.client()));
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

    HttpResponse<String> back = signIn("slack");

    assertEquals(303, back.statusCode(), back.body());
    String cookie =
        back.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith(Sessions.COOKIE + "="))
            .findFirst()
            .orElseThrow();
    assertTrue(cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("Secure"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    String page = get("/", session(back)).body();
    assertTrue(page.contains("Signed in as U1 Martin"), page);
    assertTrue(page.contains("<meta name=\"csrf-token\""), page);
    assertTrue(page.contains("I&#39;m interested") || page.contains("I'm interested"), page);
  }

  @Test
  void aDiscordMemberSignsInAndSaysTheyAreInterestedInACard() {
    providers.signsIn(null, "42");
    String session = session(signIn("discord"));
    String page = get("/", session).body();
    assertTrue(page.contains("Signed in as 42 Martin"), page);
    String csrf = csrfOf(page);
    String card = cardOf(page, "promo videos");

    HttpResponse<String> refused = post("/wall/interested", session, "post=" + card, null);
    HttpResponse<String> wrong =
        post("/wall/interested", session, "post=" + card + "&csrf=x", null);
    HttpResponse<String> said =
        post("/wall/interested", session, "post=" + card, csrf /* as htmx's header */);

    assertEquals(403, refused.statusCode());
    assertEquals(403, wrong.statusCode());
    assertTrue(refused.body().contains("This form has expired"), refused.body());
    assertEquals(200, said.statusCode(), said.body());
    assertTrue(said.body().contains("as soon as U1 Martin says yes"), said.body());
  }

  @Test
  void aStateFromAnotherBrowserOrAReusedCodeSignsNoOneIn() {
    providers.signsIn("T1", "U1");
    HttpResponse<String> started = get("/signin/slack", null);
    String stateCookie = cookieOf(started, SignIn.STATE_COOKIE);
    String callback =
        get(started.headers().firstValue("Location").orElseThrow(), null)
            .headers()
            .firstValue("Location")
            .orElseThrow();

    // Another browser, without the state cookie, brings the same answer back.
    HttpResponse<String> elsewhere = get(callback, null);
    assertEquals(400, elsewhere.statusCode());
    assertTrue(elsewhere.body().contains("Sign-in did not complete"), elsewhere.body());
    assertFalse(elsewhere.body().contains("Exception"), elsewhere.body());

    // The browser that started it signs in; the same answer again finds the code spent.
    assertEquals(303, get(callback, stateCookie).statusCode());
    HttpResponse<String> again = get(callback, stateCookie);
    assertEquals(400, again.statusCode());
    assertTrue(cookieOf(again, Sessions.COOKIE) == null);
  }

  @Test
  void someoneTheNetworkDoesNotKnowIsToldToUseTheBotFirst() {
    providers.signsIn("T1", "U404");

    HttpResponse<String> back = signIn("slack");

    assertEquals(403, back.statusCode());
    assertTrue(back.body().contains("type /coshore"), back.body());
    assertTrue(cookieOf(back, Sessions.COOKIE) == null);
  }

  @Test
  void signingOutEndsTheSession() {
    providers.signsIn("T1", "U1");
    String session = session(signIn("slack"));
    String csrf = csrfOf(get("/", session).body());

    assertEquals(403, post("/signout", session, "", null).statusCode());
    assertEquals(303, post("/signout", session, "csrf=" + csrf, null).statusCode());

    String page = get("/", session).body();
    assertFalse(page.contains("Signed in as"), page);
    assertTrue(page.contains("Sign in with Slack"), page);
    assertEquals(401, post("/wall/interested", session, "post=x&csrf=" + csrf, null).statusCode());
  }

  @Test
  void withoutProvidersTheWallOffersNoSignIn() {
    wall.close();
    wall = new TestWall(folder);

    String page = wall.get("/", null).body();

    assertFalse(page.contains("Sign in with"), page);
    assertEquals(404, wall.get("/signin/slack", null).statusCode());
  }

  /** Starts a sign-in, consents at the fake, and comes back with the state cookie. */
  private HttpResponse<String> signIn(String platform) {
    HttpResponse<String> started = get("/signin/" + platform, null);
    assertEquals(302, started.statusCode(), started.body());
    String consent = started.headers().firstValue("Location").orElseThrow();
    assertTrue(consent.startsWith(providers.baseUrl()), consent);
    HttpResponse<String> consented = get(consent, null);
    assertEquals(302, consented.statusCode(), consented.body());
    return get(
        consented.headers().firstValue("Location").orElseThrow(),
        cookieOf(started, SignIn.STATE_COOKIE));
  }

  private static String session(HttpResponse<String> response) {
    String cookie = cookieOf(response, Sessions.COOKIE);
    assertTrue(cookie != null, response.headers().toString());
    return cookie;
  }

  /** The cookie as the browser sends it back: name=value, or null when none was set. */
  private static String cookieOf(HttpResponse<String> response, String name) {
    List<String> set = response.headers().allValues("Set-Cookie");
    return set.stream()
        .filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElse(null);
  }

  private static String csrfOf(String page) {
    Matcher found = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page);
    assertTrue(found.find(), page);
    return found.group(1);
  }

  private static String cardOf(String page, String text) {
    Matcher found =
        Pattern.compile(
                "id=\"post-([^\"]+)\"(?:(?!id=\"post-).)*" + Pattern.quote(text), Pattern.DOTALL)
            .matcher(page);
    assertTrue(found.find(), page);
    return found.group(1);
  }

  private HttpResponse<String> get(String pathOrUrl, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return send(request);
  }

  private HttpResponse<String> post(String path, String cookie, String form, String csrfHeader) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (csrfHeader != null) {
      request.header(Sessions.CSRF_HEADER, csrfHeader);
    }
    return send(request);
  }

  private URI uri(String pathOrUrl) {
    return pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : wall.uri(pathOrUrl);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return wall.http()
          .send(
              request.timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
