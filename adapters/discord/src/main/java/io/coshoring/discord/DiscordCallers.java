package io.coshoring.discord;

import io.coshoring.core.api.InboundCommand;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.Channel;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.interactions.DiscordLocale;

/**
 * Turns who interacted into the core's terms: member, name, space, admin or not, and the locale
 * their Discord client runs in.
 */
final class DiscordCallers {

  private DiscordCallers() {}

  /**
   * Managing the server is what makes a Discord member an admin of its space.
   *
   * @param clientLocale the interaction's {@code locale}, the member's own; the server's preferred
   *     one goes with it, for what the bot writes to the whole server
   * @param channelId where the command was typed, or null for a form
   */
  static InboundCommand command(
      Guild guild,
      Member member,
      DiscordLocale clientLocale,
      String channelId,
      String command,
      String text) {
    return new InboundCommand(
        DiscordIds.member(guild.getId(), member.getId()),
        member.getEffectiveName(),
        guild.getName(),
        member.hasPermission(Permission.MANAGE_SERVER),
        command,
        text,
        channelId == null ? null : DiscordIds.channel(channelId),
        locale(clientLocale),
        locale(guild.getLocale()));
  }

  /** The locale's tag, as {@code fr} or {@code en-US}; null when Discord did not say. */
  static String locale(DiscordLocale locale) {
    return locale == null || locale == DiscordLocale.UNKNOWN ? null : locale.getLocale();
  }

  /**
   * The channel a command typed here is about. Nobody can type in a forum itself, only in its
   * posts, each a thread of its own: a command typed in a post is about the forum, so that a forum
   * can be bridged, paused or left.
   */
  static String channelOf(Channel typedIn) {
    if (typedIn instanceof ThreadChannel post
        && post.getParentChannel().getType() == ChannelType.FORUM) {
      return post.getParentChannel().getId();
    }
    return typedIn.getId();
  }
}
