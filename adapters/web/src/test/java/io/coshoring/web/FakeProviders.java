package io.coshoring.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slack's OpenID Connect and Discord's OAuth2, as strict as the real ones about what the wall
 * sends: the client and its secret, the redirect address, a code used once. Its consent pages sign
 * in at once as whoever the test says is at the keyboard. Shared, as a test-jar, with deploy's
 * browser tests.
 */
public final class FakeProviders implements AutoCloseable {

  static final String CLIENT_ID = "client-1";
  static final String CLIENT_SECRET = "secret-1";

  private record Grant(String clientId, String redirectUri, String team, String user) {}

  private final Javalin server;
  private final Map<String, Grant> codes = new ConcurrentHashMap<>();
  private final Map<String, Grant> tokens = new ConcurrentHashMap<>();
  private volatile String team;
  private volatile String user;

  public FakeProviders() {
    server =
        Javalin.create(
                config -> {
                  config.routes.get("/openid/connect/authorize", this::authorize);
                  config.routes.get("/oauth2/authorize", this::authorize);
                  config.routes.post("/api/openid.connect.token", this::slackToken);
                  config.routes.get("/api/openid.connect.userInfo", this::slackUser);
                  config.routes.post("/api/oauth2/token", this::discordToken);
                  config.routes.get("/api/users/@me", this::discordUser);
                })
            .start("127.0.0.1", 0);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** Who signs in next: a Slack user of a team, or a Discord user (team null). */
  public void signsIn(String team, String user) {
    this.team = team;
    this.user = user;
  }

  public SignInSettings.Client client() {
    return new SignInSettings.Client(CLIENT_ID, CLIENT_SECRET, baseUrl());
  }

  private void authorize(Context ctx) {
    String redirect = ctx.queryParam("redirect_uri");
    if (!CLIENT_ID.equals(ctx.queryParam("client_id"))
        || redirect == null
        || ctx.queryParam("state") == null
        || !"code".equals(ctx.queryParam("response_type"))) {
      ctx.status(400).result("bad authorize request");
      return;
    }
    String code = UUID.randomUUID().toString();
    codes.put(code, new Grant(CLIENT_ID, redirect, team, user));
    ctx.redirect(
        redirect
            + "?code="
            + code
            + "&state="
            + URLEncoder.encode(ctx.queryParam("state"), StandardCharsets.UTF_8),
        HttpStatus.FOUND);
  }

  /** The grant the form's code was given for, once: null when anything does not match. */
  private Grant redeem(Context ctx) {
    Grant grant = codes.remove(String.valueOf(ctx.formParam("code")));
    if (grant == null
        || !CLIENT_ID.equals(ctx.formParam("client_id"))
        || !CLIENT_SECRET.equals(ctx.formParam("client_secret"))
        || !grant.redirectUri().equals(ctx.formParam("redirect_uri"))) {
      return null;
    }
    String token = UUID.randomUUID().toString();
    tokens.put(token, grant);
    ctx.attribute("token", token);
    return grant;
  }

  private void slackToken(Context ctx) {
    if (redeem(ctx) == null) {
      ctx.json(Map.of("ok", false, "error", "invalid_code"));
      return;
    }
    ctx.json(Map.of("ok", true, "access_token", ctx.attribute("token"), "id_token", "unused"));
  }

  private void slackUser(Context ctx) {
    Grant grant = bearer(ctx);
    if (grant == null) {
      ctx.json(Map.of("ok", false, "error", "invalid_auth"));
      return;
    }
    ctx.json(
        Map.of(
            "ok", true,
            "https://slack.com/team_id", grant.team(),
            "https://slack.com/user_id", grant.user()));
  }

  private void discordToken(Context ctx) {
    if (redeem(ctx) == null || !"authorization_code".equals(ctx.formParam("grant_type"))) {
      ctx.status(400).json(Map.of("error", "invalid_grant"));
      return;
    }
    ctx.json(Map.of("access_token", ctx.attribute("token"), "token_type", "Bearer"));
  }

  private void discordUser(Context ctx) {
    Grant grant = bearer(ctx);
    if (grant == null) {
      ctx.status(401).json(Map.of("message", "401: Unauthorized"));
      return;
    }
    ctx.json(Map.of("id", grant.user(), "username", grant.user()));
  }

  private Grant bearer(Context ctx) {
    String header = ctx.header("Authorization");
    return header == null ? null : tokens.get(header.replaceFirst("^Bearer ", ""));
  }

  @Override
  public void close() {
    server.stop();
  }
}
