package io.coshoring.web;

import java.util.ArrayList;
import java.util.List;

/**
 * Who members can sign in to the wall with: Slack (OpenID Connect), Discord (OAuth2), either or
 * neither. Without a provider the wall stays read-only and shows no sign-in button.
 *
 * @param publicUrl the wall's address as browsers reach it, with no final slash: the providers send
 *     members back to it, and accept only the addresses registered with them
 * @param slack the Slack app's client, or null
 * @param discord the Discord application's client, or null
 */
public record SignInSettings(String publicUrl, Client slack, Client discord) {

  /** A read-only wall. */
  public static final SignInSettings NONE = new SignInSettings(null, null, null);

  /**
   * An application registered with a provider.
   *
   * @param baseUrl where the provider serves its pages and API: {@code https://slack.com}, {@code
   *     https://discord.com}, or a fake in tests
   */
  public record Client(String id, String secret, String baseUrl) {

    @Override
    public String toString() {
      // The secret stays out of logs.
      return "Client[id=" + id + ", baseUrl=" + baseUrl + "]";
    }
  }

  public SignInSettings {
    if ((slack != null || discord != null) && (publicUrl == null || publicUrl.isBlank())) {
      throw new IllegalArgumentException("signing in needs the wall's public address");
    }
    publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
  }

  /** The platforms members can sign in with, in the order the page offers them. */
  List<String> platforms() {
    List<String> platforms = new ArrayList<>();
    if (slack != null) {
      platforms.add(SlackSignIn.PLATFORM);
    }
    if (discord != null) {
      platforms.add(DiscordSignIn.PLATFORM);
    }
    return platforms;
  }
}
