package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackRequests;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever anyone POSTs to Slack's route, signed with the app's secret or not, under any content
 * type, the answer is never a 5xx: the route refuses what it cannot read. One app serves every
 * input, so that replaying the kept inputs ({@code SlackRouteFuzzTestInputs}) takes seconds.
 */
class SlackRouteFuzzTest {

  @TempDir static Path folder;

  private static ProxySelector proxies;
  private static FakeSlack slack;
  private static SlackTestApp app;
  private static SlackRequests requests;

  @BeforeAll
  static void start() {
    // A signed body may name any response_url: nothing may leave this machine for it.
    proxies = ProxySelector.getDefault();
    ProxySelector.setDefault(new LoopbackOnly());
    slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-one");
    app = SlackTestApp.withBotToken(folder, slack.apiUrl(), "xoxb-one");
    requests = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
  }

  @AfterAll
  static void stop() {
    app.close();
    slack.close();
    ProxySelector.setDefault(proxies);
  }

  @FuzzTest(maxDuration = "2m")
  void noRequestGetsAServerError(FuzzedDataProvider data) {
    if (Boolean.getBoolean("jazzer.hooks")) {
      // Jazzer's agent, there only while fuzzing (see the root pom), reports any other connection
      // as a finding. Never closed: the app answers some requests later, from its own threads.
      BugDetectors.allowNetworkConnections((host, port) -> isLoopback(host));
    }
    boolean signed = data.consumeBoolean();
    String contentType = headerValue(data.consumeString(80));
    String body = data.consumeRemainingAsString();
    long now = SlackRequests.now();
    String signature = signed ? requests.sign(now, body) : "v0=00";

    HttpResponse<String> response =
        requests.sendWithSignature(body, contentType, Long.toString(now), signature);

    assertTrue(
        response.statusCode() < 500,
        () -> response.statusCode() + " for " + contentType + ": " + response.body());
  }

  /** What an HTTP client can send as a header value: visible ASCII and spaces. */
  private static String headerValue(String fuzzed) {
    return fuzzed
        .chars()
        .filter(c -> c >= 0x20 && c < 0x7F)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static boolean isLoopback(String host) {
    return host == null || host.equals("localhost") || host.startsWith("127.");
  }

  /** Sends every request for another host to a closed local port, so not even a name resolves. */
  private static final class LoopbackOnly extends ProxySelector {
    private static final Proxy NOWHERE =
        new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9));

    @Override
    public List<Proxy> select(URI uri) {
      return List.of(isLoopback(uri.getHost()) ? Proxy.NO_PROXY : NOWHERE);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
      // The closed port refusing is the point; nothing to retry elsewhere.
    }
  }
}
