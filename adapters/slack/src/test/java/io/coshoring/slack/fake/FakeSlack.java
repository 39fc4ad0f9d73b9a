package io.coshoring.slack.fake;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.coshoring.slack.fake.SlackDirectory.OAuthCode;
import io.coshoring.slack.fake.SlackDirectory.User;
import io.coshoring.slack.fake.SlackDirectory.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * Slack's Web API, and the response URLs of slash commands and buttons, served on a local port.
 *
 * <p>End-to-end tests point the real Slack SDK at it ({@code
 * SlackConfig#setMethodsEndpointUrlPrefix(apiUrl())}), so everything our code does down to the
 * bytes on the wire is exercised, then assert on the calls it recorded. Answers have the documented
 * shapes; a test can make the next calls fail, be rate limited, slow, or meet a revoked token.
 */
public final class FakeSlack implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads;
  private final CallLog log = new CallLog();
  private final Faults faults = new Faults();
  private final SlackDirectory directory = new SlackDirectory();
  private final WebApiAnswers answers;
  private volatile FakeSocketMode socketMode;

  private FakeSlack(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
    this.answers = new WebApiAnswers(directory, this::socketModeUrl);
  }

  /** Starts a fake on 127.0.0.1, on a port the system picks. */
  public static FakeSlack start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ExecutorService threads =
          Executors.newFixedThreadPool(
              8,
              task -> {
                Thread thread = new Thread(task, "fake-slack");
                thread.setDaemon(true);
                return thread;
              });
      FakeSlack fake = new FakeSlack(server, threads);
      server.createContext("/", fake::handle);
      server.setExecutor(threads);
      server.start();
      return fake;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the fake Slack", e);
    }
  }

  /** The Web API prefix, with its trailing slash: {@code http://127.0.0.1:PORT/api/}. */
  public String apiUrl() {
    return baseUrl() + "/api/";
  }

  /** A URL to give as a {@code response_url}; posts to it are recorded as {@code response:NAME}. */
  public String responseUrl(String name) {
    return baseUrl() + "/response/" + name;
  }

  /** A workspace our app is installed in: {@code auth.test} with its bot token answers its team. */
  public void addWorkspace(String teamId, String teamName, String botToken) {
    directory.addWorkspace(new Workspace(teamId, teamName, botToken));
  }

  /** A member {@code users.info} knows; only tokens of the same workspace (or unknown) see it. */
  public void addUser(String teamId, String userId, String name, String tz, boolean admin) {
    directory.addUser(new User(teamId, userId, name, tz, admin));
  }

  /**
   * An OAuth code {@code oauth.v2.access} exchanges once, for {@code botToken}, which from then on
   * belongs to a registered workspace.
   */
  public void addOAuthCode(
      String code, String teamId, String teamName, String botToken, String installerUserId) {
    directory.addOAuthCode(
        code, new OAuthCode(new Workspace(teamId, teamName, botToken), installerUserId));
  }

  /** Makes {@code apps.connections.open} hand out the URL of this socket mode server. */
  public void attachSocketMode(FakeSocketMode socketMode) {
    this.socketMode = socketMode;
  }

  public List<SlackCall> calls() {
    return log.all();
  }

  public List<SlackCall> calls(String method) {
    return log.of(method);
  }

  /**
   * Waits for a call of {@code method} (any when null) that {@code filter} accepts (any when null),
   * counting calls already received.
   *
   * @throws AssertionError when none comes within {@code timeout}, listing the calls seen
   */
  public SlackCall awaitCall(String method, Predicate<SlackCall> filter, Duration timeout) {
    return log.await(method, filter == null ? call -> true : filter, timeout);
  }

  public SlackCall awaitCall(String method, Duration timeout) {
    return awaitCall(method, null, timeout);
  }

  public void clearCalls() {
    log.clear();
  }

  /**
   * The next {@code times} calls of {@code method} (of any method but {@code auth.test} when null)
   * get this answer instead of the normal one.
   */
  public void failNext(
      String method, int times, int status, String body, Map<String, String> headers) {
    faults.failNext(method, times, new HttpAnswer(status, body, headers));
  }

  /** HTTP 429 with {@code Retry-After}, as Slack answers a method called too often. */
  public void rateLimitNext(String method, int times, int retryAfterSeconds) {
    failNext(
        method,
        times,
        429,
        HttpAnswer.slackError("ratelimited").body(),
        Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }

  public void serverErrorNext(String method, int times) {
    failNext(method, times, 500, "{\"ok\":false,\"error\":\"internal_error\"}", Map.of());
  }

  /** HTTP 200 with {@code {"ok":false,"error":slackError}}: invalid_auth, channel_not_found... */
  public void errorNext(String method, int times, String slackError) {
    HttpAnswer error = HttpAnswer.slackError(slackError);
    failNext(method, times, error.status(), error.body(), error.headers());
  }

  /** Delays every answer to {@code method} (any but auth.test when null); zero stops it. */
  public void slowDown(String method, Duration delay) {
    faults.slowDown(method, delay);
  }

  /**
   * From now on every call with this token answers {@code account_inactive}, as after uninstall.
   */
  public void revoke(String botToken) {
    faults.revoke(botToken);
  }

  /** Stops at once; calls still waiting on a delay get no answer. */
  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private String socketModeUrl() {
    FakeSocketMode attached = socketMode;
    return attached == null ? null : attached.url();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = methodOf(exchange.getRequestURI().getPath());
      if (method == null) {
        write(
            exchange, new HttpAnswer(404, "{\"ok\":false,\"error\":\"unknown_method\"}", Map.of()));
        return;
      }
      SlackCall call = CallReader.read(method, exchange);
      log.add(call);
      Thread.sleep(faults.delayFor(method).toMillis());
      write(exchange, faults.take(method).orElseGet(() -> answer(call)));
    } catch (InterruptedException closing) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // The SDK shows the body of a failed call: say what broke in the fake itself.
      write(exchange, new HttpAnswer(500, "fake Slack failed: " + e, Map.of()));
    }
  }

  private HttpAnswer answer(SlackCall call) {
    if (faults.isRevoked(call.token())) {
      return HttpAnswer.slackError("account_inactive");
    }
    if (call.method().startsWith("response:")) {
      return HttpAnswer.json(HttpAnswer.okBody());
    }
    return answers.answer(call);
  }

  /** {@code /api/chat.postMessage} is "chat.postMessage", {@code /response/x} is "response:x". */
  private static String methodOf(String path) {
    if (path.startsWith("/api/") && path.length() > "/api/".length()) {
      return path.substring("/api/".length());
    }
    if (path.startsWith("/response/") && path.length() > "/response/".length()) {
      return "response:" + path.substring("/response/".length());
    }
    return null;
  }

  private static void write(HttpExchange exchange, HttpAnswer answer) throws IOException {
    byte[] body = answer.body().getBytes(UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
    exchange.getResponseBody().write(body);
  }
}
