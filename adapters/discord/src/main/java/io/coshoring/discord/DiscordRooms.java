package io.coshoring.discord;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.RoomOpener;
import io.coshoring.core.adapter.SpaceRef;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.restaction.ChannelAction;

/**
 * Opens a project room as a text channel only its members and the bot can see: the server's
 * everyone role is denied it, each member and the bot are let in.
 */
final class DiscordRooms implements RoomOpener {

  private static final EnumSet<Permission> MEMBER =
      EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_HISTORY);

  /** The room is bridged: the bot writes the other side's messages through a webhook of its own. */
  private static final EnumSet<Permission> BOT =
      EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MANAGE_WEBHOOKS);

  private final Supplier<DiscordSession> session;

  DiscordRooms(Supplier<DiscordSession> session) {
    this.session = session;
  }

  @Override
  public ChannelRef openRoom(SpaceRef space, String name, List<MemberRef> members)
      throws DeliveryException {
    String guildId = DiscordIds.guildOf(space);
    DiscordSession live = session.get();
    Guild guild = live == null ? null : live.guild(guildId);
    if (guild == null) {
      throw DeliveryException.permanent(
          "the bot is not in Discord server " + guildId,
          Explanation.of(Explanation.Kind.DISCORD_SERVER_LEFT),
          null);
    }
    try {
      ChannelAction<TextChannel> room =
          guild
              .createTextChannel(name)
              .addPermissionOverride(
                  guild.getPublicRole(), null, EnumSet.of(Permission.VIEW_CHANNEL))
              .addMemberPermissionOverride(guild.getSelfMember().getIdLong(), BOT, null);
      for (MemberRef member : members) {
        room =
            room.addMemberPermissionOverride(
                Long.parseLong(DiscordIds.userOf(member)), MEMBER, null);
      }
      return DiscordIds.channel(room.complete().getId());
    } catch (ErrorResponseException e) {
      throw DiscordFailures.of(e);
    } catch (InsufficientPermissionException e) {
      throw DiscordFailures.of(e);
    }
  }
}
