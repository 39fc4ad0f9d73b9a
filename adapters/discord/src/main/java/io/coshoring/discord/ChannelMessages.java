package io.coshoring.discord;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.api.ChannelMessage;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.text.RichText;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;

/**
 * Messages written in bridged Discord channels, handed to the core for its bridges: new ones, edits
 * and deletes, with the author's name and avatar, the text read from Discord's markdown,
 * attachments as links, and a reply pointing at the message it answers. Webhook and bot messages,
 * the bridge's own copies among them, are not relayed.
 */
final class ChannelMessages {

  private final Coshoring core;

  ChannelMessages(Coshoring core) {
    this.core = core;
  }

  void received(MessageReceivedEvent event) {
    if (!event.isFromGuild() || event.isWebhookMessage() || event.getAuthor().isBot()) {
      return;
    }
    ChannelRef channel = DiscordIds.channel(event.getChannel().getId());
    if (!core.isBridged(channel)) {
      return;
    }
    Message message = event.getMessage();
    RelayedMessage relayed = message(event.getGuild(), event.getMember(), message);
    // On the gateway's thread, which hands one event after another: the channel's order is kept.
    core.channelMessage(
        ChannelMessage.posted(
            channel, message.getId(), "discord:message:" + message.getId(), relayed));
  }

  void updated(MessageUpdateEvent event) {
    if (!event.isFromGuild()
        || event.getAuthor().isBot()
        || event.getMessage().isWebhookMessage()) {
      return;
    }
    ChannelRef channel = DiscordIds.channel(event.getChannel().getId());
    if (!core.isBridged(channel)) {
      return;
    }
    Message message = event.getMessage();
    String edited = message.getTimeEdited() == null ? "" : message.getTimeEdited().toString();
    RelayedMessage relayed = message(event.getGuild(), event.getMember(), message);
    core.channelMessage(
        ChannelMessage.edited(
            channel, message.getId(), "discord:edit:" + message.getId() + ":" + edited, relayed));
  }

  void deleted(MessageDeleteEvent event) {
    if (!event.isFromGuild()) {
      return;
    }
    ChannelRef channel = DiscordIds.channel(event.getChannel().getId());
    if (!core.isBridged(channel)) {
      return;
    }
    core.channelMessage(
        ChannelMessage.deleted(
            channel, event.getMessageId(), "discord:delete:" + event.getMessageId()));
  }

  private static RelayedMessage message(Guild guild, Member member, Message message) {
    List<RichText.Block> blocks =
        new ArrayList<>(
            DiscordMarkdown.read(message.getContentRaw(), names(guild, message)).blocks());
    for (Message.Attachment attachment : message.getAttachments()) {
      blocks.add(
          new RichText.Paragraph(
              List.of(new RichText.Link(attachment.getUrl(), "📎 " + attachment.getFileName()))));
    }
    String name =
        member != null ? member.getEffectiveName() : message.getAuthor().getEffectiveName();
    String replyTo =
        message.getMessageReference() == null ? null : message.getMessageReference().getMessageId();
    return new RelayedMessage(
        name, null, message.getAuthor().getEffectiveAvatarUrl(), new RichText(blocks), replyTo);
  }

  /** Names from the message's own mentions first: Discord sends them with it. */
  private static DiscordMarkdown.Names names(Guild guild, Message message) {
    return new DiscordMarkdown.Names() {
      @Override
      public String user(String id) {
        for (Member mentioned : message.getMentions().getMembers()) {
          if (mentioned.getId().equals(id)) {
            return mentioned.getEffectiveName();
          }
        }
        for (User mentioned : message.getMentions().getUsers()) {
          if (mentioned.getId().equals(id)) {
            return mentioned.getEffectiveName();
          }
        }
        Member member = guild.getMemberById(id);
        return member == null ? "someone" : member.getEffectiveName();
      }

      @Override
      public String role(String id) {
        Role role = guild.getRoleById(id);
        return role == null ? "a role" : role.getName();
      }

      @Override
      public String channel(String id) {
        GuildChannel channel = guild.getGuildChannelById(id);
        return channel == null ? "a channel" : channel.getName();
      }
    };
  }
}
