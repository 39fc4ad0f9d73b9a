package io.coshoring.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign in with Discord, by OAuth2 with the {@code identify} scope alone: the servers the member is
 * in with the bot are those the bot has seen them in, so their list of servers is not asked for.
 */
final class DiscordSignIn implements SignInProvider {

  static final String PLATFORM = "discord";

  private final SignInSettings.Client client;
  private final ProviderCalls calls;

  DiscordSignIn(SignInSettings.Client client, ProviderCalls calls) {
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
    query.put("scope", "identify");
    query.put("client_id", client.id());
    query.put("state", state);
    query.put("redirect_uri", redirectUri);
    query.put("prompt", "none");
    return URI.create(client.baseUrl() + "/oauth2/authorize?" + ProviderCalls.query(query));
  }

  @Override
  public Identity identify(String code, String redirectUri) {
    String accessToken =
        ProviderCalls.text(
            calls.postForm(
                URI.create(client.baseUrl() + "/api/oauth2/token"),
                Map.of(
                    "client_id",
                    client.id(),
                    "client_secret",
                    client.secret(),
                    "grant_type",
                    "authorization_code",
                    "code",
                    code,
                    "redirect_uri",
                    redirectUri)),
            "access_token");
    return new Identity(
        null,
        ProviderCalls.text(
            calls.get(URI.create(client.baseUrl() + "/api/users/@me"), accessToken), "id"));
  }
}
