package io.coshoring.discord;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * How this deployment reaches Discord: one bot token serves every server that invites the bot.
 *
 * @param restUrl where the REST API is, ending in {@code /api/v10/}; null for Discord's own
 * @param gatewayUrl where the gateway is; null to ask Discord, as usual
 * @param shards how many gateway shards to run; above 1, JDA's shard manager runs them
 */
public record DiscordSettings(String token, String restUrl, String gatewayUrl, int shards) {

  /**
   * What the bot asks for when a server invites it, and all it may count on: answers and match
   * messages (view, send, embed links); bridges (read history, a webhook a channel, threads for
   * replies, files, reactions); project rooms (a private channel created, with overwrites that let
   * its members in). The README's invite URL carries the same number, and the tests' fake Discord
   * grants exactly these.
   */
  public static final Set<Permission> BOT_PERMISSIONS =
      Collections.unmodifiableSet(
          EnumSet.of(
              Permission.VIEW_CHANNEL,
              Permission.MESSAGE_SEND,
              Permission.MESSAGE_EMBED_LINKS,
              Permission.MESSAGE_HISTORY,
              Permission.MANAGE_WEBHOOKS,
              Permission.CREATE_PUBLIC_THREADS,
              Permission.MESSAGE_SEND_IN_THREADS,
              Permission.MESSAGE_ATTACH_FILES,
              Permission.MESSAGE_ADD_REACTION,
              Permission.MANAGE_CHANNEL));

  /** {@link #BOT_PERMISSIONS} as the invite URL's {@code permissions} number. */
  public static long invitePermissions() {
    return Permission.getRaw(BOT_PERMISSIONS);
  }

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
