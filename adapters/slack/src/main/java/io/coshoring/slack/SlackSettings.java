package io.coshoring.slack;

/**
 * How this deployment reaches Slack. Either one workspace with {@code botToken}, or many through
 * OAuth with {@code clientId} and {@code clientSecret}; requests arrive over HTTP (checked with
 * {@code signingSecret}) or over Socket Mode (with {@code appToken}).
 *
 * @param apiUrl where the Web API is, ending in {@code /api/}: Slack's own unless a test points it
 *     elsewhere
 * @param publicUrl the deployment's public base URL, for the OAuth redirect; may be null with a bot
 *     token
 * @param tokenKeys the keys that encrypt the bot tokens OAuth installs store; needed with OAuth, or
 *     while the database holds installs; may be null with a bot token
 */
public record SlackSettings(
    Transport transport,
    String signingSecret,
    String botToken,
    String appToken,
    String clientId,
    String clientSecret,
    String publicUrl,
    String apiUrl,
    TokenKeys tokenKeys) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";

  /** The bot's scopes, as the manifest in deploy/slack asks for them. */
  public static final String BOT_SCOPES =
      "commands,chat:write,im:write,im:history,users:read,channels:history,groups:history,"
          + "channels:read,groups:read,chat:write.customize,groups:write,channels:join,"
          + "files:read,files:write,reactions:read,reactions:write";

  public enum Transport {
    HTTP,
    SOCKET_MODE
  }

  public SlackSettings {
    apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl;
  }

  /** One workspace, with its bot token, rather than many installed through OAuth. */
  public boolean singleWorkspace() {
    return botToken != null && !botToken.isBlank();
  }

  @Override
  public String toString() {
    // Secrets never reach a log through this record.
    return "SlackSettings[transport="
        + transport
        + ", singleWorkspace="
        + singleWorkspace()
        + ", publicUrl="
        + publicUrl
        + ", apiUrl="
        + apiUrl
        + "]";
  }
}
