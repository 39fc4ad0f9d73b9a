package io.coshoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign in with Slack, by OpenID Connect: the member's workspace and user come from {@code
 * openid.connect.userInfo}, asked with the access token the code is exchanged for, so the ID
 * token's signature need not be checked here (it came straight from Slack, over TLS).
 */
final class SlackSignIn implements SignInProvider {

  static final String PLATFORM = "slack";

  private final SignInSettings.Client client;
  private final ProviderCalls calls;

  SlackSignIn(SignInSettings.Client client, ProviderCalls calls) {
    this.client = client;
    this.calls = calls;
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public URI authorize(String state, String redirectUri) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("response_type", "code");
    query.put("scope", "openid profile");
    query.put("client_id", client.id());
    query.put("state", state);
    query.put("redirect_uri", redirectUri);
    return URI.create(client.baseUrl() + "/openid/connect/authorize?" + ProviderCalls.query(query));
  }

  @Override
  public Identity identify(String code, String redirectUri) {
    JsonNode token =
        ok(
            calls.postForm(
                URI.create(client.baseUrl() + "/api/openid.connect.token"),
                Map.of(
                    "client_id",
                    client.id(),
                    "client_secret",
                    client.secret(),
                    "code",
                    code,
                    "grant_type",
                    "authorization_code",
                    "redirect_uri",
                    redirectUri)));
    JsonNode user =
        ok(
            calls.get(
                URI.create(client.baseUrl() + "/api/openid.connect.userInfo"),
                ProviderCalls.text(token, "access_token")));
    return new Identity(
        ProviderCalls.text(user, "https://slack.com/team_id"),
        ProviderCalls.text(user, "https://slack.com/user_id"));
  }

  /** Slack says a failure in the body, with HTTP 200. */
  private static JsonNode ok(JsonNode answer) {
    if (!answer.path("ok").asBoolean(false)) {
      throw new SignInFailure("Slack refused: " + answer.path("error").asText("no reason given"));
    }
    return answer;
  }
}
