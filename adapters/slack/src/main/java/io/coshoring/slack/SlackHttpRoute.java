package io.coshoring.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a Slack request to Bolt and Bolt's response back, unchanged, once it is known to be
 * Slack's. Before anything reads the body, its size is bounded and its signature and timestamp
 * checked on its exact bytes: anyone on the internet can reach this route, and what is not Slack's
 * gets a 401 without being parsed or logged. A signed body that cannot be read gets a 400.
 */
final class SlackHttpRoute implements Handler {

  /** Slack's requests are a few kilobytes; a modal's submission is the largest. */
  static final int MAX_BODY = 256 * 1024;

  private final App app;
  private final SlackRequestParser parser;
  private final SlackSignatureCheck signatures;
  private final Clock clock;

  SlackHttpRoute(App app, String signingSecret, Clock clock) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.signatures = new SlackSignatureCheck(signingSecret);
    this.clock = clock;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    if (ctx.method() == HandlerType.GET) {
      // The install page and OAuth's redirect: a browser's, unsigned; Bolt checks OAuth's state.
      respond(ctx, app.run(parse(ctx, "")));
      return;
    }
    if (ctx.contentLength() > MAX_BODY) {
      ctx.status(413).result("This request is larger than any Slack sends.");
      return;
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY
        || !signatures.isSlacks(
            ctx.header("X-Slack-Request-Timestamp"),
            ctx.header("X-Slack-Signature"),
            body,
            clock.instant())) {
      ctx.status(401).result("This request is not signed by Slack.");
      return;
    }
    Request<?> request;
    try {
      request = parse(ctx, new String(body, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      request = null;
    }
    if (request == null) {
      ctx.status(400).result("Slack signed this request, but it cannot be read.");
      return;
    }
    respond(ctx, app.run(request));
  }

  private Request<?> parse(Context ctx, String body) {
    Map<String, List<String>> headers = new HashMap<>();
    ctx.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
    return parser.parse(
        SlackRequestParser.HttpRequest.builder()
            .requestUri(ctx.path())
            .queryString(ctx.queryParamMap())
            .headers(new RequestHeaders(headers))
            .requestBody(body)
            .remoteAddress(ctx.ip())
            .build());
  }

  private static void respond(Context ctx, Response response) {
    ctx.status(response.getStatusCode());
    response
        .getHeaders()
        .forEach((name, values) -> values.forEach(value -> ctx.res().addHeader(name, value)));
    if (response.getContentType() != null) {
      ctx.contentType(response.getContentType());
    }
    ctx.result(response.getBody() == null ? "" : response.getBody());
  }
}
