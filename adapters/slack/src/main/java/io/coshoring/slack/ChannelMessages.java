package io.coshoring.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.model.File;
import com.slack.api.model.event.Event;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import com.slack.api.model.event.MessageThreadBroadcastEvent;
import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.adapter.SerialLanes;
import io.coshoring.core.api.ChannelMessage;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.text.RichText;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Messages written in bridged Slack channels, handed to the core in the order they arrive, each
 * channel in its own lane: new ones, edits and deletes, with the author's name and avatar, the text
 * read from mrkdwn, files to be uploaded again, and a thread reply pointing at its parent. Messages
 * from bots, the bot's own copies among them, are not relayed. Unbridged channels cost nothing:
 * they are checked before anything is looked up. Slack gets its ack only once the event is
 * committed for the bridge, with its event id as the key that drops Slack's resends in the same
 * transaction: a crash can neither lose an acknowledged message nor relay a resent one twice.
 */
final class ChannelMessages {

  /** Slack waits 3 seconds for an ack. */
  private static final Duration ACK_WITHIN = Duration.ofMillis(2_500);

  private final Coshoring core;
  private final SlackMembers members;
  private final SerialLanes lanes;
  private final Cache<ChannelRef, String> channelNames =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofHours(1)).build();

  ChannelMessages(Coshoring core, SlackMembers members, Executor executor) {
    this.core = core;
    this.members = members;
    this.lanes = new SerialLanes(executor);
  }

  void register(App app) {
    onNew(
        app,
        MessageEvent.class,
        e ->
            e.getBotId() != null
                ? Optional.empty()
                : Optional.of(
                    new Posted(
                        e.getChannel(),
                        e.getUser(),
                        e.getText(),
                        e.getFiles(),
                        e.getTs(),
                        e.getThreadTs())));
    // Slack gives these subtypes events of their own: a message with files, and a thread reply
    // also sent to the channel.
    onNew(
        app,
        MessageFileShareEvent.class,
        e ->
            Optional.of(
                new Posted(
                    e.getChannel(),
                    e.getUser(),
                    e.getText(),
                    e.getFiles(),
                    e.getTs(),
                    e.getThreadTs())));
    onNew(
        app,
        MessageThreadBroadcastEvent.class,
        e ->
            Optional.of(
                new Posted(
                    e.getChannel(),
                    e.getUser(),
                    e.getText(),
                    List.of(),
                    e.getTs(),
                    e.getThreadTs())));
    app.event(
        MessageChangedEvent.class,
        (payload, ctx) -> {
          MessageChangedEvent event = payload.getEvent();
          ChannelRef channel = SlackIds.channel(payload.getTeamId(), event.getChannel());
          if (event.getMessage() != null
              && event.getMessage().getBotId() == null
              && core.isBridged(channel)) {
            MethodsClient client = ctx.client();
            return acked(
                lanes.submit(
                    channel.id(), "relaying a Slack edit", () -> edited(payload, channel, client)),
                ctx);
          }
          return ctx.ack();
        });
    app.event(
        MessageDeletedEvent.class,
        (payload, ctx) -> {
          MessageDeletedEvent event = payload.getEvent();
          ChannelRef channel = SlackIds.channel(payload.getTeamId(), event.getChannel());
          if (core.isBridged(channel)) {
            return acked(
                lanes.submit(
                    channel.id(),
                    "relaying a Slack delete",
                    () ->
                        core.channelMessage(
                            ChannelMessage.deleted(
                                channel,
                                event.getDeletedTs(),
                                SlackIds.key(payload.getEventId())))),
                ctx);
          }
          return ctx.ack();
        });
    // Bots' messages, the relay's own copies among them, are not relayed.
    app.event(MessageBotEvent.class, (payload, ctx) -> ctx.ack());
  }

  /**
   * Acks once the event is committed for the bridge. A failure, or no commit in time, fails the
   * request instead (Bolt answers 500), and Slack sends the event again; had it committed after
   * all, its key drops the copy.
   */
  static Response acked(CompletableFuture<Void> relayed, EventContext ctx) {
    try {
      relayed.get(ACK_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
      return ctx.ack();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("a bridged message was not committed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted before a bridged message was committed", e);
    }
  }

  /** A new message, of whichever subtype: where, who wrote it, and what. */
  private record Posted(
      String channel, String user, String text, List<File> files, String ts, String threadTs) {}

  /** Relays the new messages of one event type; {@code read} is empty for one not to relay. */
  private <E extends Event> void onNew(App app, Class<E> type, Function<E, Optional<Posted>> read) {
    app.event(
        type,
        (payload, ctx) ->
            read.apply(payload.getEvent())
                .map(posted -> relayNew(payload, posted, ctx))
                .orElseGet(ctx::ack));
  }

  private Response relayNew(EventsApiPayload<?> payload, Posted message, EventContext ctx) {
    ChannelRef channel = SlackIds.channel(payload.getTeamId(), message.channel());
    if (!core.isBridged(channel)) {
      return ctx.ack();
    }
    MethodsClient client = ctx.client();
    return acked(
        lanes.submit(
            channel.id(),
            "relaying a Slack message",
            () -> posted(payload.getTeamId(), payload.getEventId(), channel, message, client)),
        ctx);
  }

  private void posted(
      String team, String eventId, ChannelRef channel, Posted posted, MethodsClient client) {
    String replyTo =
        posted.threadTs() != null && !posted.threadTs().equals(posted.ts())
            ? posted.threadTs()
            : null;
    core.channelMessage(
        ChannelMessage.posted(
            channel,
            posted.ts(),
            SlackIds.key(eventId),
            message(team, posted.user(), posted.text(), posted.files(), replyTo, client)));
  }

  private void edited(
      EventsApiPayload<MessageChangedEvent> payload, ChannelRef channel, MethodsClient client) {
    MessageChangedEvent.Message changed = payload.getEvent().getMessage();
    core.channelMessage(
        ChannelMessage.edited(
            channel,
            changed.getTs(),
            SlackIds.key(payload.getEventId()),
            message(
                payload.getTeamId(),
                changed.getUser(),
                changed.getText(),
                List.of(),
                null,
                client)));
  }

  private RelayedMessage message(
      String team,
      String user,
      String text,
      List<File> files,
      String replyTo,
      MethodsClient client) {
    SlackMembers.Profile author = members.of(team, user, user);
    RichText written = SlackMrkdwn.read(text == null ? "" : text, names(team, client));
    return new RelayedMessage(
        author.displayName(), null, author.avatarUrl(), written, replyTo, attachments(files));
  }

  /**
   * The files as they cross: re-uploaded on the other side, read from their private address when
   * the copy is written. Files Slack does not serve (an external one, one hidden by the workspace's
   * plan) have none.
   */
  private static List<Attachment> attachments(List<File> files) {
    if (files == null) {
      return List.of();
    }
    return files.stream()
        .filter(file -> file.getUrlPrivateDownload() != null && file.getSize() != null)
        .map(
            file ->
                new Attachment(
                    file.getName(),
                    file.getMimetype(),
                    file.getSize(),
                    file.getUrlPrivateDownload()))
        .toList();
  }

  private SlackMrkdwn.Names names(String team, MethodsClient client) {
    return new SlackMrkdwn.Names() {
      @Override
      public String user(String id) {
        return members.of(team, id, id).displayName();
      }

      @Override
      public String channel(String id) {
        return channelNames.get(SlackIds.channel(team, id), key -> channelName(client, id));
      }
    };
  }

  private static String channelName(MethodsClient client, String id) {
    try {
      ConversationsInfoResponse info = client.conversationsInfo(r -> r.channel(id));
      return info.isOk() && info.getChannel() != null ? info.getChannel().getName() : id;
    } catch (IOException | SlackApiException e) {
      return id;
    }
  }
}
