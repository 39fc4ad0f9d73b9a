package io.coshoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's visits to a {@link TestWall}, made by hand: cookies kept by the test, redirects
 * followed one by one, signing in through {@link FakeProviders}.
 */
final class Visits {

  private final TestWall wall;
  private final FakeProviders providers;

  Visits(TestWall wall, FakeProviders providers) {
    this.wall = wall;
    this.providers = providers;
  }

  /** Starts a sign-in, consents at the fake, and comes back with the state cookie. */
  HttpResponse<String> signIn(String platform) {
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

  static String session(HttpResponse<String> response) {
    String cookie = cookieOf(response, Sessions.COOKIE);
    assertTrue(cookie != null, response.headers().toString());
    return cookie;
  }

  /** The cookie as the browser sends it back: name=value, or null when none was set. */
  static String cookieOf(HttpResponse<String> response, String name) {
    List<String> set = response.headers().allValues("Set-Cookie");
    return set.stream()
        .filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElse(null);
  }

  static String csrfOf(String page) {
    Matcher found = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(page);
    assertTrue(found.find(), page);
    return found.group(1);
  }

  static String cardOf(String page, String text) {
    Matcher found =
        Pattern.compile(
                "id=\"post-([^\"]+)\"(?:(?!id=\"post-).)*" + Pattern.quote(text), Pattern.DOTALL)
            .matcher(page);
    assertTrue(found.find(), page);
    return found.group(1);
  }

  HttpResponse<String> get(String pathOrUrl, String cookie) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathOrUrl)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return send(request);
  }

  HttpResponse<String> post(String path, String cookie, String form, String csrfHeader) {
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
