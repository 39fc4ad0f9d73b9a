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

  /**
   * Two workspaces that can install the app: Paris (T1, Amélie, U1, code-1, xoxb-paris) and Tel
   * Aviv (T2, Noa, U2, code-2, xoxb-telaviv).
   */
  static void parisAndTelAviv(FakeSlack slack, boolean admins) {
    slack.addUser("T1", "U1", "amelie", "Europe/Paris", admins);
    slack.addUser("T2", "U2", "noa", "Asia/Jerusalem", admins);
    slack.addOAuthCode("code-1", "T1", "Paris Coworking", "xoxb-paris", "U1");
    slack.addOAuthCode("code-2", "T2", "Tel Aviv Hub", "xoxb-telaviv", "U2");
  }

  /** Both workspaces go through the install. */
  static void installBoth(SlackRequests requests, FakeSlack slack) {
    install(requests, slack, "code-1");
    install(requests, slack, "code-2");
  }
}
