package io.coshoring.discord;

import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.api.ChannelCatchUp;
import io.coshoring.core.api.ChannelMessage;
import io.coshoring.core.api.ChannelReaction;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.text.RichText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.entities.emoji.EmojiUnion;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.utils.TimeUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages written in bridged Discord channels, handed to the core for its bridges: new ones, edits
 * and deletes, with the author's name and avatar, the text read from Discord's markdown,
 * attachments to be uploaded again, reactions, and a reply pointing at the message it answers.
 * Webhook and bot messages, the bridge's own copies among them, are not relayed. Messages written
 * while the bot was away are read back from each channel when a session starts.
 */
final class ChannelMessages {

  private static final Logger log = LoggerFactory.getLogger(ChannelMessages.class);

  /** Discord's most a history read, and more than a short restart misses. */
  private static final int CATCH_UP = 100;

  private final Coshoring core;

  ChannelMessages(Coshoring core) {
    this.core = core;
  }

  void received(MessageReceivedEvent event) {
    if (!event.isFromGuild() || event.isWebhookMessage() || event.getAuthor().isBot()) {
      return;
    }
    Optional<Source> source = bridged(event.getChannel());
    if (source.isEmpty()) {
      return;
    }
    // On the gateway's thread, which hands one event after another: the channel's order is kept.
    take(source.get(), event.getGuild(), event.getMember(), event.getMessage());
  }

  /**
   * Where a message written in this channel crosses: the channel itself when it is bridged; for a
   * thread of a bridged channel, the channel, as a reply to the message the thread grew from (a
   * thread started on a message has its id); for a post of a bridged forum, the forum.
   *
   * @param forum whether the thread is a forum's post
   */
  private record Source(ChannelRef channel, String thread, boolean forum) {

    /**
     * A message's id as the bridge records it. In a forum, where every message is in a post, with
     * its post's ({@code message@post}), as the bridge's own copies there are: a reply to a post's
     * first message, or a reaction on it, finds it whoever wrote it.
     */
    String idOf(String messageId) {
      return forum ? DiscordIds.inThread(messageId, thread) : messageId;
    }

    /**
     * A post's first message has its post's id (a thread started on a channel's message has that
     * message's id too, but the message stays in the channel): it crosses as a message of its own.
     */
    boolean startsPost(String messageId) {
      return forum && messageId.equals(thread);
    }
  }

  private Optional<Source> bridged(MessageChannelUnion channel) {
    ChannelRef ref = DiscordIds.channel(channel.getId());
    if (core.isBridged(ref)) {
      return Optional.of(new Source(ref, null, false));
    }
    if (channel.getType().isThread()) {
      IThreadContainerUnion parent = channel.asThreadChannel().getParentChannel();
      ChannelRef parentRef = DiscordIds.channel(parent.getId());
      if (core.isBridged(parentRef)) {
        return Optional.of(
            new Source(parentRef, channel.getId(), parent.getType() == ChannelType.FORUM));
      }
    }
    return Optional.empty();
  }

  /**
   * Takes what was written in this shard's bridged channels while the bot was away, or taken but
   * not yet stored when it stopped: Discord sends a new session none of it. On the gateway's
   * thread, before the events that came after, so that each channel's order holds; a message taken
   * before is recognised by its key and not relayed twice.
   */
  void catchUp(JDA shard) {
    for (ChannelCatchUp channel : core.catchUps(DiscordIds.PLATFORM)) {
      TextChannel text = shard.getTextChannelById(DiscordIds.channelOf(channel.channel()));
      // A forum is not read back: its messages are in its posts, one history each, and the threads
      // of a text channel are not read back either.
      if (text == null) {
        continue;
      }
      String after =
          channel
              .lastTaken()
              .orElseGet(
                  () ->
                      Long.toUnsignedString(
                          TimeUtil.getDiscordTimestamp(channel.joinedAt().toEpochMilli())));
      try {
        List<Message> missed =
            new ArrayList<>(
                MessageHistory.getHistoryAfter(text, after)
                    .limit(CATCH_UP)
                    .complete()
                    .getRetrievedHistory());
        missed.sort(Comparator.comparingLong(Message::getIdLong));
        for (Message message : missed) {
          if (!message.isWebhookMessage() && !message.getAuthor().isBot()) {
            take(
                new Source(channel.channel(), null, false),
                text.getGuild(),
                message.getMember(),
                message);
          }
        }
        if (missed.size() == CATCH_UP) {
          log.warn(
              "Discord: {} or more messages of {} were written while away; the first {} cross",
              CATCH_UP,
              text.getName(),
              CATCH_UP);
        }
      } catch (RuntimeException e) {
        log.warn("Discord: could not catch up on {}: {}", text.getName(), e.getMessage());
      }
    }
  }

  private void take(Source source, Guild guild, Member member, Message message) {
    core.channelMessage(
        ChannelMessage.posted(
            source.channel(),
            source.idOf(message.getId()),
            "discord:message:" + message.getId(),
            message(guild, member, message, source)));
  }

  void updated(MessageUpdateEvent event) {
    if (!event.isFromGuild()
        || event.getAuthor().isBot()
        || event.getMessage().isWebhookMessage()) {
      return;
    }
    Optional<Source> source = bridged(event.getChannel());
    if (source.isEmpty()) {
      return;
    }
    Message message = event.getMessage();
    String edited = message.getTimeEdited() == null ? "" : message.getTimeEdited().toString();
    RelayedMessage relayed = message(event.getGuild(), event.getMember(), message, source.get());
    core.channelMessage(
        ChannelMessage.edited(
            source.get().channel(),
            source.get().idOf(message.getId()),
            "discord:edit:" + message.getId() + ":" + edited,
            relayed));
  }

  void deleted(MessageDeleteEvent event) {
    if (!event.isFromGuild()) {
      return;
    }
    Optional<Source> source = bridged(event.getChannel());
    if (source.isEmpty()) {
      return;
    }
    core.channelMessage(
        ChannelMessage.deleted(
            source.get().channel(),
            source.get().idOf(event.getMessageId()),
            "discord:delete:" + event.getMessageId()));
  }

  /**
   * A member's reaction, added or taken away; the bot's own, which stand for members on the other
   * side, are not relayed.
   */
  void reacted(GenericMessageReactionEvent event, boolean added) {
    if (!event.isFromGuild() || event.getUserIdLong() == event.getJDA().getSelfUser().getIdLong()) {
      return;
    }
    Optional<Source> source = bridged(event.getChannel());
    if (source.isEmpty()) {
      return;
    }
    EmojiUnion emoji = event.getEmoji();
    core.channelReaction(
        new ChannelReaction(
            added,
            source.get().channel(),
            source.get().idOf(event.getMessageId()),
            DiscordIds.member(event.getGuild().getId(), event.getUserId()).id(),
            emoji.getType() == Emoji.Type.UNICODE
                ? io.coshoring.core.adapter.Emoji.unicode(emoji.getName())
                : io.coshoring.core.adapter.Emoji.custom(emoji.getName())));
  }

  /**
   * A post's first message crosses with the post's title, and the post's other messages as its
   * replies.
   */
  private static RelayedMessage message(
      Guild guild, Member member, Message message, Source source) {
    RichText text = DiscordMarkdown.read(message.getContentRaw(), names(guild, message));
    boolean startsPost = source.startsPost(message.getId());
    if (startsPost) {
      text = ForumPosts.withTitle(message.getChannel().getName(), text);
    }
    String name =
        member != null ? member.getEffectiveName() : message.getAuthor().getEffectiveName();
    String replyTo;
    if (message.getMessageReference() != null) {
      replyTo = source.idOf(message.getMessageReference().getMessageId());
    } else {
      replyTo = startsPost || source.thread() == null ? null : source.idOf(source.thread());
    }
    return new RelayedMessage(
        name,
        null,
        message.getAuthor().getEffectiveAvatarUrl(),
        text,
        replyTo,
        message.getAttachments().stream()
            .map(a -> new Attachment(a.getFileName(), a.getContentType(), a.getSize(), a.getUrl()))
            .toList());
  }

  /**
   * Names from the message's own mentions first: Discord sends them with it. One that cannot be
   * named is said in the server's language, as the message around it most likely is.
   */
  private static DiscordMarkdown.Names names(Guild guild, Message message) {
    Phrases phrases =
        Phrasebook.standard()
            .in(Language.of(DiscordCallers.locale(guild.getLocale())).orElse(Language.ENGLISH));
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
        return member == null ? phrases.get("relay.someone") : member.getEffectiveName();
      }

      @Override
      public String role(String id) {
        Role role = guild.getRoleById(id);
        return role == null ? phrases.get("relay.aRole") : role.getName();
      }

      @Override
      public String channel(String id) {
        GuildChannel channel = guild.getGuildChannelById(id);
        return channel == null ? phrases.get("relay.aChannel") : channel.getName();
      }
    };
  }
}
