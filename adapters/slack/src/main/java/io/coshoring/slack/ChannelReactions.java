package io.coshoring.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.ReactionAddedEvent;
import com.slack.api.model.event.ReactionRemovedEvent;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.SerialLanes;
import io.coshoring.core.api.ChannelReaction;
import io.coshoring.core.api.Coshoring;
import java.util.concurrent.Executor;

/**
 * Reactions members add to and take from messages of bridged channels (scope {@code
 * reactions:read}), handed to the core in the order they come, each channel in its own lane, and
 * acked once committed. The bot's own reactions, which stand for members on the other side, are
 * not.
 */
final class ChannelReactions {

  private final Coshoring core;
  private final SerialLanes lanes;

  ChannelReactions(Coshoring core, Executor executor) {
    this.core = core;
    this.lanes = new SerialLanes(executor);
  }

  void register(App app) {
    app.event(
        ReactionAddedEvent.class,
        (payload, ctx) -> {
          ReactionAddedEvent event = payload.getEvent();
          return take(
              ctx,
              true,
              payload.getTeamId(),
              event.getItem().getChannel(),
              event.getItem().getTs(),
              event.getUser(),
              event.getReaction());
        });
    app.event(
        ReactionRemovedEvent.class,
        (payload, ctx) -> {
          ReactionRemovedEvent event = payload.getEvent();
          return take(
              ctx,
              false,
              payload.getTeamId(),
              event.getItem().getChannel(),
              event.getItem().getTs(),
              event.getUser(),
              event.getReaction());
        });
  }

  /** {@code channel} and {@code ts} are null for a reaction on a file rather than a message. */
  private Response take(
      EventContext ctx,
      boolean added,
      String team,
      String channel,
      String ts,
      String user,
      String reaction) {
    if (channel == null || ts == null || user == null || user.equals(ctx.getBotUserId())) {
      return ctx.ack();
    }
    ChannelRef where = SlackIds.channel(team, channel);
    if (!core.isBridged(where)) {
      return ctx.ack();
    }
    return ChannelMessages.acked(
        lanes.submit(
            where.id(),
            "relaying a Slack reaction",
            () ->
                core.channelReaction(
                    new ChannelReaction(
                        added,
                        where,
                        ts,
                        SlackIds.member(team, user).id(),
                        SlackEmoji.read(reaction)))),
        ctx);
  }
}
