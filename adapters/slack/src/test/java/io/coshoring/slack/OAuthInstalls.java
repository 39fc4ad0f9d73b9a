package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackRequests;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Goes through Slack's OAuth install as a workspace admin's browser would. */
final class OAuthInstalls {

  private OAuthInstalls() {}

  /** Opens the install page, then comes back from Slack with {@code code} and the state cookie. */
  static void install(SlackRequests requests, FakeSlack slack, String code) {
    HttpResponse<String> start = requests.get(SlackAdapter.INSTALL_PATH, Map.of());
    assertTrue(
        start.statusCode() < 400, () -> "install page: " + start.statusCode() + " " + start.body());
    String cookie =
        start.headers().allValues("Set-Cookie").stream()
            .filter(value -> value.startsWith("slack-app-oauth-state="))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no state cookie in " + start.headers()));
    String state = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    HttpResponse<String> done =
        requests.get(
            SlackAdapter.REDIRECT_PATH + "?code=" + code + "&state=" + state,
            Map.of("Cookie", "slack-app-oauth-state=" + state));
    assertTrue(done.statusCode() < 400, () -> "redirect: " + done.statusCode() + " " + done.body());
    slack.awaitCall(
        "oauth.v2.access", call -> code.equals(call.params().get("code")), Duration.ofSeconds(10));
  }
}
