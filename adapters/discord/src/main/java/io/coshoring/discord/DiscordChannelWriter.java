package io.coshoring.discord;

import static net.dv8tion.jda.api.entities.emoji.Emoji.fromUnicode;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.AttachmentSource;
import io.coshoring.core.adapter.CarriedFiles;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.CopyDelivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Emoji;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.language.Phrases;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.IncomingWebhookClient;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Webhook;
import net.dv8tion.jda.api.entities.WebhookClient;
import net.dv8tion.jda.api.entities.channel.attribute.IWebhookContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.requests.restaction.ThreadCreateMetadata;
import net.dv8tion.jda.api.requests.restaction.WebhookMessageCreateAction;
import net.dv8tion.jda.api.utils.FileUpload;

/**
 * Writes relayed messages into Discord channels through a webhook the bot creates once a channel
 * and reuses, so each message shows its author's name and avatar. Allowed mentions are empty on
 * every message: whatever the text says, nobody is pinged. In a forum, where every message is in a
 * post, a message starts a post titled with its first line, and its replies go into that post.
 *
 * <p>An attempt that may repeat one Discord took unrecorded posts only the parts it does not find
 * ({@link EarlierAttempts}).
 */
final class DiscordChannelWriter implements ChannelWriter {

  private static final String WEBHOOK_NAME = "coshoring bridge";

  /** What relaying in a channel takes: reading it, its history, and a webhook to write with. */
  private static final Set<Permission> TO_BRIDGE =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_HISTORY,
          Permission.MANAGE_WEBHOOKS);

  /**
   * What relaying in a forum takes: the same, Send Messages to start posts, and Send Messages in
   * Threads, as every message of a forum is in a post.
   */
  private static final Set<Permission> TO_BRIDGE_FORUM =
      EnumSet.of(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_SEND_IN_THREADS,
          Permission.MESSAGE_HISTORY,
          Permission.MANAGE_WEBHOOKS);

  private final Supplier<DiscordSession> session;
  private final Map<ChannelRef, IncomingWebhookClient> webhooks = new ConcurrentHashMap<>();

  /** Parents whose thread was started; a few thousand recent ones is plenty. */
  private final Cache<String, Boolean> threads = Caffeine.newBuilder().maximumSize(10_000).build();

  DiscordChannelWriter(Supplier<DiscordSession> session) {
    this.session = session;
  }

  @Override
  public List<String> post(
      ChannelRef channel,
      RelayedMessage message,
      String replyTo,
      CopyDelivery delivery,
      Phrases notes,
      AttachmentSource files)
      throws DeliveryException {
    return onDiscord(
        channel,
        () -> {
          List<String> posted = new ArrayList<>();
          IncomingWebhookClient webhook = webhook(channel);
          boolean forum = bridgeable(channel) instanceof ForumChannel;
          // In a forum a message starts a post of its own, which its other parts and its replies go
          // into: a parent there is recorded as message@post, whoever wrote it.
          String thread =
              replyTo == null
                  ? null
                  : forum ? DiscordIds.threadOf(replyTo) : threadOn(channel, replyTo, message);
          String newPost = forum && replyTo == null ? ForumPosts.title(message) : null;
          CarriedFiles carried =
              CarriedFiles.within(message, maxFileSize(channel), "Discord", notes);
          List<String> parts = parts(carried);
          if (delivery.mayHaveBeenPostedBefore()) {
            posted.addAll(postedBefore(channel, webhook, thread, message, parts, delivery));
          }
          for (int i = posted.size(); i < parts.size(); i++) {
            // The files go with the last part: a message of files alone when there is no text.
            List<Attachment> attached = i == parts.size() - 1 ? carried.files() : List.of();
            Message sent = send(webhook, parts.get(i), thread, newPost, message, attached, files);
            if (newPost != null) {
              // A post has the id of the message that starts it.
              thread = sent.getId();
              newPost = null;
            }
            posted.add(thread == null ? sent.getId() : DiscordIds.inThread(sent.getId(), thread));
          }
          return posted;
        });
  }

  /** The text's parts; one empty part, for the files alone, when there is no text. */
  private static List<String> parts(CarriedFiles carried) {
    List<String> parts =
        DiscordMarkdown.split(carried.text()).stream().filter(p -> !p.isBlank()).toList();
    return parts.isEmpty() && !carried.files().isEmpty() ? List.of("") : parts;
  }

  /**
   * @param newPost the title of the forum post the message starts, or null
   */
  private Message send(
      IncomingWebhookClient webhook,
      String part,
      String thread,
      String newPost,
      RelayedMessage message,
      List<Attachment> attached,
      AttachmentSource files)
      throws DeliveryException {
    List<FileUpload> uploads = new ArrayList<>();
    try {
      for (Attachment attachment : attached) {
        uploads.add(FileUpload.fromData(files.open(attachment), attachment.name()));
      }
      WebhookMessageCreateAction<Message> action =
          part.isEmpty() ? webhook.sendFiles(uploads) : webhook.sendMessage(part).addFiles(uploads);
      if (newPost != null) {
        action.createThread(new ThreadCreateMetadata(newPost));
      }
      return action
          .setThreadId(thread)
          .setUsername(username(message.displayName()))
          .setAvatarUrl(message.avatarUrl())
          .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
          .complete();
    } finally {
      // JDA closes what it sent; what a failure left unread is closed here.
      uploads.forEach(DiscordChannelWriter::close);
    }
  }

  private static void close(FileUpload upload) {
    try {
      upload.close();
    } catch (IOException e) {
      // The stream was given up on already: nothing more to free.
    }
  }

  /** Discord's limit for a file a bot posts, higher in a boosted server. */
  private long maxFileSize(ChannelRef channel) {
    IWebhookContainer where = bridgeable(channel);
    return where == null ? Message.MAX_FILE_SIZE : where.getGuild().getMaxFileSize();
  }

  /**
   * The parts of this copy an earlier attempt posted. A new forum post is not looked for (it would
   * mean reading every recent post): a retry after an attempt Discord took unrecorded posts it
   * again.
   */
  private List<String> postedBefore(
      ChannelRef channel,
      IncomingWebhookClient webhook,
      String thread,
      RelayedMessage message,
      List<String> parts,
      CopyDelivery delivery) {
    MessageChannel where = where(channel, thread);
    return where == null
        ? List.of()
        : EarlierAttempts.find(
            where, thread, webhook.getId(), username(message.displayName()), parts, delivery);
  }

  /**
   * Where a copy is read: its thread, or the text channel; null when the bot cannot see it, or for
   * a forum itself, which holds no message outside its posts.
   */
  private MessageChannel where(ChannelRef channel, String thread) {
    IWebhookContainer parent = bridgeable(channel);
    if (thread != null) {
      return parent == null ? null : parent.getJDA().getThreadChannelById(thread);
    }
    return parent instanceof TextChannel text ? text : null;
  }

  /**
   * The bot can read and write a channel before it bridges it: a server may have taken from its
   * role, in that channel, what the invite gave.
   */
  @Override
  public void ensureWritable(ChannelRef channel) throws DeliveryException {
    IWebhookContainer where = bridgeable(channel);
    if (where == null) {
      throw DeliveryException.permanent(
          "I can't see this channel: a server admin can give the bot's role View Channel here,"
              + " then run the command again",
          DiscordFailures.hidden(),
          null);
    }
    EnumSet<Permission> missing =
        EnumSet.copyOf(where instanceof ForumChannel ? TO_BRIDGE_FORUM : TO_BRIDGE);
    missing.removeAll(where.getGuild().getSelfMember().getPermissions(where));
    if (!missing.isEmpty()) {
      throw DeliveryException.permanent(
          "I lack "
              + missing.stream().map(Permission::getName).collect(Collectors.joining(", "))
              + " in this channel: a server admin can give them to the bot's role here, then"
              + " run the command again",
          DiscordFailures.missing(missing, true),
          null);
    }
  }

  @Override
  public void edit(ChannelRef channel, List<String> messageIds, RelayedMessage message)
      throws DeliveryException {
    List<String> parts = DiscordMarkdown.split(message.text());
    onDiscord(
        channel,
        () -> {
          IncomingWebhookClient webhook = webhook(channel);
          for (int i = 0; i < messageIds.size(); i++) {
            if (i < parts.size()) {
              webhook
                  .editMessageById(DiscordIds.messageOf(messageIds.get(i)), parts.get(i))
                  .setThreadId(DiscordIds.threadOf(messageIds.get(i)))
                  .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                  .complete();
            } else {
              webhook
                  .deleteMessageById(DiscordIds.messageOf(messageIds.get(i)))
                  .setThreadId(DiscordIds.threadOf(messageIds.get(i)))
                  .complete();
            }
          }
          return null;
        });
  }

  @Override
  public void delete(ChannelRef channel, List<String> messageIds) throws DeliveryException {
    onDiscord(
        channel,
        () -> {
          IncomingWebhookClient webhook = webhook(channel);
          for (String id : messageIds) {
            webhook
                .deleteMessageById(DiscordIds.messageOf(id))
                .setThreadId(DiscordIds.threadOf(id))
                .complete();
          }
          return null;
        });
  }

  @Override
  public void react(ChannelRef channel, String messageId, Emoji emoji) throws DeliveryException {
    reaction(channel, messageId, emoji, true);
  }

  @Override
  public void unreact(ChannelRef channel, String messageId, Emoji emoji) throws DeliveryException {
    reaction(channel, messageId, emoji, false);
  }

  /** A custom emoji of another space is left out: a bot reacts only with its server's own. */
  private void reaction(ChannelRef channel, String messageId, Emoji emoji, boolean add)
      throws DeliveryException {
    if (emoji.custom()) {
      return;
    }
    onDiscord(
        channel,
        () -> {
          MessageChannel where = channelOf(channel, messageId);
          String message = DiscordIds.messageOf(messageId);
          harmless(
              add
                  ? where.addReactionById(message, fromUnicode(emoji.value()))
                  : where.removeReactionById(message, fromUnicode(emoji.value())));
          return null;
        });
  }

  /** A message deleted since, or an emoji Discord does not know, leaves nothing to do. */
  private static void harmless(RestAction<Void> reaction) {
    try {
      reaction.complete();
    } catch (ErrorResponseException e) {
      if (e.getErrorResponse() != ErrorResponse.UNKNOWN_MESSAGE
          && e.getErrorResponse() != ErrorResponse.UNKNOWN_EMOJI) {
        throw e;
      }
    }
  }

  /** Where a copy is: its thread, or the channel. */
  private MessageChannel channelOf(ChannelRef channel, String copy) throws DeliveryException {
    MessageChannel where = where(channel, DiscordIds.threadOf(copy));
    if (where == null) {
      throw DeliveryException.permanent(
          "the bot cannot see Discord channel " + DiscordIds.channelOf(channel),
          DiscordFailures.hidden(),
          null);
    }
    return where;
  }

  /**
   * Runs calls on a channel's webhook, their failures made what the relay understands: JDA refuses
   * a missing permission, or a message Discord would refuse (empty, oversized), before it calls
   * Discord, and no retry changes either.
   */
  private <T> T onDiscord(ChannelRef channel, WebhookWork<T> work) throws DeliveryException {
    try {
      return work.run();
    } catch (ErrorResponseException e) {
      throw failure(channel, e);
    } catch (InsufficientPermissionException e) {
      throw DiscordFailures.of(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // JDA checks an argument (a name, a URL) as it is set, the message (empty, oversized) as it
      // builds it.
      throw DeliveryException.permanent(
          "Discord would refuse it: " + e.getMessage(), DiscordFailures.refusedMessage(), e);
    }
  }

  @FunctionalInterface
  private interface WebhookWork<T> {
    T run() throws DeliveryException;
  }

  /**
   * The thread under a message, started if need be: a reply on the other side goes there, as
   * Slack's thread replies do. A thread started from a message has the message's id.
   */
  private String threadOn(ChannelRef channel, String parentId, RelayedMessage reply) {
    if (threads.asMap().putIfAbsent(parentId, true) == null) {
      if (bridgeable(channel) instanceof TextChannel parent) {
        try {
          // Named as a forum post is: a blank first line would make a name Discord refuses.
          parent.createThreadChannel(ForumPosts.title(reply), parentId).complete();
        } catch (ErrorResponseException e) {
          // Started already (by a member, or before a restart): it has the same id all the same.
        }
      }
    }
    return parentId;
  }

  private IncomingWebhookClient webhook(ChannelRef channel) throws DeliveryException {
    IncomingWebhookClient known = webhooks.get(channel);
    if (known != null) {
      return known;
    }
    IWebhookContainer container = bridgeable(channel);
    if (container == null) {
      throw DeliveryException.permanent(
          "the bot cannot see Discord channel " + DiscordIds.channelOf(channel),
          DiscordFailures.hidden(),
          null);
    }
    Webhook webhook;
    try {
      webhook =
          container.retrieveWebhooks().complete().stream()
              .filter(w -> WEBHOOK_NAME.equals(w.getName()) && w.getToken() != null)
              .findFirst()
              .orElseGet(() -> container.createWebhook(WEBHOOK_NAME).complete());
    } catch (ErrorResponseException e) {
      throw DiscordFailures.of(e, Permission.MANAGE_WEBHOOKS);
    }
    IncomingWebhookClient client =
        WebhookClient.createClient(container.getJDA(), webhook.getId(), webhook.getToken());
    webhooks.put(channel, client);
    return client;
  }

  /** The text channel or forum, or null when the bot is not connected or cannot see it. */
  private IWebhookContainer bridgeable(ChannelRef channel) {
    DiscordSession live = session.get();
    return live == null ? null : live.bridgeableChannel(DiscordIds.channelOf(channel));
  }

  private DeliveryException failure(ChannelRef channel, ErrorResponseException e) {
    if (e.getErrorResponse() == ErrorResponse.UNKNOWN_WEBHOOK) {
      // Someone deleted the webhook: the next try makes a new one.
      webhooks.remove(channel);
      return DeliveryException.temporary("the channel's webhook was deleted", e);
    }
    return DiscordFailures.of(e);
  }

  /** Discord refuses webhook names over 80 characters or naming Discord itself. */
  private static String username(String name) {
    String safe = name.replaceAll("(?i)discord", "D1scord").replaceAll("(?i)clyde", "Clyd3");
    return safe.length() <= 80 ? safe : safe.substring(0, 79) + "…";
  }
}
