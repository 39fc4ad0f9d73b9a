package io.coshoring.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands a Javalin request to Bolt and Bolt's response back, unchanged: the body is passed raw, byte
 * for byte, since Slack's signature covers it. Bolt checks the signature and answers 401 to a
 * request that fails it.
 */
final class SlackHttpRoute implements Handler {

  private final App app;
  private final SlackRequestParser parser;

  SlackHttpRoute(App app) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
  }

  @Override
  public void handle(Context ctx) throws Exception {
    Map<String, List<String>> headers = new HashMap<>();
    ctx.headerMap().forEach((name, value) -> headers.put(name, List.of(value)));
    Request<?> request =
        parser.parse(
            SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers))
                .requestBody(ctx.body())
                .remoteAddress(ctx.ip())
                .build());
    if (request == null) {
      ctx.status(400).result("This is not a request from Slack.");
      return;
    }
    Response response = app.run(request);
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
