package io.coshoring.discord;

/**
 * How this deployment reaches Discord: one bot token serves every server that invites the bot.
 *
 * @param restUrl where the REST API is, ending in {@code /api/v10/}; null for Discord's own
 * @param gatewayUrl where the gateway is; null to ask Discord, as usual
 * @param shards how many gateway shards to run; above 1, JDA's shard manager runs them
 */
public record DiscordSettings(String token, String restUrl, String gatewayUrl, int shards) {

  public DiscordSettings {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("a Discord bot token is required");
    }
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1: " + shards);
    }
  }

  @Override
  public String toString() {
    // The token never reaches a log through this record.
    return "DiscordSettings[restUrl="
        + restUrl
        + ", gatewayUrl="
        + gatewayUrl
        + ", shards="
        + shards
        + "]";
  }
}
