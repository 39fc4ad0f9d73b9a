package io.coshoring.slack.fake;

import com.google.gson.JsonObject;
import io.coshoring.slack.fake.SlackDirectory.OAuthCode;
import io.coshoring.slack.fake.SlackDirectory.User;
import io.coshoring.slack.fake.SlackDirectory.Workspace;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The fake's normal answer to a Web API call, before any injected fault.
 *
 * <p>Tokens are checked the way Slack checks them, so that a wrong token in our code fails here
 * too: no token is {@code not_authed}, an app token ({@code xapp-}) is refused everywhere but
 * {@code apps.connections.open}, which takes nothing else. {@code auth.test} knows only the
 * registered workspaces; other methods accept any bot token.
 */
final class WebApiAnswers {

  static final String APP_ID = "A1";
  static final String BOT_USER_ID = "UBOT";
  static final String BOT_ID = "BBOT";
  static final String SCOPES =
      "commands,chat:write,chat:write.customize,im:write,users:read,channels:history,"
          + "groups:history,app_mentions:read";

  private static final Set<String> METHODS_WITHOUT_TOKEN =
      Set.of("oauth.v2.access", "oauth.access", "oauth.v2.exchange", "api.test");

  private final SlackDirectory directory;
  private final Supplier<String> socketModeUrl;
  private final MessageAnswers messages = new MessageAnswers();

  /**
   * @param socketModeUrl the URL {@code apps.connections.open} gives, null while no socket mode
   *     server is attached
   */
  WebApiAnswers(SlackDirectory directory, Supplier<String> socketModeUrl) {
    this.directory = directory;
    this.socketModeUrl = socketModeUrl;
  }

  HttpAnswer answer(SlackCall call) {
    String method = call.method();
    String token = call.token();
    if (token == null && !METHODS_WITHOUT_TOKEN.contains(method)) {
      return HttpAnswer.slackError("not_authed");
    }
    boolean appToken = token != null && token.startsWith("xapp-");
    if (token != null
        && !method.equals("auth.test")
        && appToken != method.equals("apps.connections.open")) {
      return HttpAnswer.slackError("not_allowed_token_type");
    }
    return switch (method) {
      case "auth.test" -> authTest(token);
      case "oauth.v2.access" -> oauthV2Access(call);
      case "users.info" -> usersInfo(call);
      case "apps.connections.open" -> connectionsOpen();
      default -> HttpAnswer.json(messages.answer(call));
    };
  }

  private HttpAnswer authTest(String token) {
    Optional<Workspace> workspace = directory.workspaceOf(token);
    if (workspace.isEmpty()) {
      return HttpAnswer.slackError("invalid_auth");
    }
    Workspace team = workspace.get();
    JsonObject answer =
        HttpAnswer.okBody(
            "url",
            "https://" + team.domain() + ".slack.com/",
            "team",
            team.teamName(),
            "user",
            "coshoring",
            "team_id",
            team.teamId(),
            "user_id",
            BOT_USER_ID,
            "bot_id",
            BOT_ID);
    answer.addProperty("is_enterprise_install", false);
    return HttpAnswer.json(answer);
  }

  private HttpAnswer oauthV2Access(SlackCall call) {
    Optional<OAuthCode> grant = directory.redeem(call.param("code"));
    if (grant.isEmpty()) {
      return HttpAnswer.slackError("invalid_code");
    }
    Workspace workspace = grant.get().workspace();
    directory.addWorkspace(workspace);
    JsonObject installer = new JsonObject();
    installer.addProperty("id", grant.get().installerUserId());
    JsonObject team = new JsonObject();
    team.addProperty("id", workspace.teamId());
    team.addProperty("name", workspace.teamName());
    JsonObject answer = HttpAnswer.okBody("app_id", APP_ID);
    answer.add("authed_user", installer);
    answer.addProperty("scope", SCOPES);
    answer.addProperty("token_type", "bot");
    answer.addProperty("access_token", workspace.botToken());
    answer.addProperty("bot_user_id", BOT_USER_ID);
    answer.add("team", team);
    answer.add("enterprise", null);
    answer.addProperty("is_enterprise_install", false);
    return HttpAnswer.json(answer);
  }

  private HttpAnswer usersInfo(SlackCall call) {
    Optional<String> askingTeam = directory.workspaceOf(call.token()).map(Workspace::teamId);
    Optional<User> found =
        directory
            .user(call.param("user"))
            .filter(user -> askingTeam.isEmpty() || askingTeam.get().equals(user.teamId()));
    if (found.isEmpty()) {
      return HttpAnswer.slackError("user_not_found");
    }
    User user = found.get();
    JsonObject profile = new JsonObject();
    profile.addProperty("display_name", user.name());
    profile.addProperty("real_name", user.name());
    profile.addProperty(
        "image_72", "https://avatars.slack-edge.com/fake/" + user.userId() + "_72.png");
    JsonObject json = new JsonObject();
    json.addProperty("id", user.userId());
    json.addProperty("team_id", user.teamId());
    json.addProperty("name", user.name());
    json.addProperty("deleted", false);
    json.addProperty("real_name", user.name());
    json.addProperty("tz", user.tz());
    json.addProperty("tz_offset", offsetSeconds(user.tz()));
    json.addProperty("is_admin", user.admin());
    json.addProperty("is_owner", false);
    json.addProperty("is_bot", false);
    json.add("profile", profile);
    JsonObject answer = HttpAnswer.okBody();
    answer.add("user", json);
    return HttpAnswer.json(answer);
  }

  private HttpAnswer connectionsOpen() {
    String url = socketModeUrl.get();
    if (url == null) {
      // Not a Slack error: says plainly that the test forgot FakeSlack#attachSocketMode.
      return HttpAnswer.slackError("fake_socket_mode_not_attached");
    }
    return HttpAnswer.json(HttpAnswer.okBody("url", url));
  }

  private static int offsetSeconds(String tz) {
    try {
      return ZoneId.of(tz).getRules().getOffset(Instant.now()).getTotalSeconds();
    } catch (RuntimeException unknownZone) {
      return 0;
    }
  }
}
