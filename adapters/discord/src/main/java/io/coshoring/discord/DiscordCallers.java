package io.coshoring.discord;

import io.coshoring.core.api.InboundCommand;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;

/** Turns who interacted into the core's terms: space, member, name, admin or not. */
final class DiscordCallers {

  private DiscordCallers() {}

  /** Managing the server is what makes a Discord member an admin of its space. */
  static InboundCommand command(
      Guild guild, Member member, String channelId, String command, String text) {
    return new InboundCommand(
        DiscordIds.space(guild.getId()),
        guild.getName(),
        DiscordIds.member(guild.getId(), member.getId()),
        member.getEffectiveName(),
        member.hasPermission(Permission.MANAGE_SERVER),
        command,
        text,
        channelId == null ? null : DiscordIds.channel(channelId));
  }
}
