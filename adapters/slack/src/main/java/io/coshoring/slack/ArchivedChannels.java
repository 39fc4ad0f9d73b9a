package io.coshoring.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.ChannelArchiveEvent;
import com.slack.api.model.event.GroupArchiveEvent;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.api.Coshoring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bridged channel archived in Slack, public or private, takes no more posts: it is paused at once
 * rather than at the next copy Slack refuses, and the other side sees it in {@code /coshore bridge
 * status}. Once it is unarchived, an admin resumes it there with {@code /coshore bridge resume}.
 */
final class ArchivedChannels {

  private static final Logger log = LoggerFactory.getLogger(ArchivedChannels.class);

  private final Coshoring core;

  ArchivedChannels(Coshoring core) {
    this.core = core;
  }

  void register(App app) {
    app.event(
        ChannelArchiveEvent.class,
        (payload, ctx) -> {
          archived(payload.getTeamId(), payload.getEvent().getChannel());
          return ctx.ack();
        });
    app.event(
        GroupArchiveEvent.class,
        (payload, ctx) -> {
          archived(payload.getTeamId(), payload.getEvent().getChannel());
          return ctx.ack();
        });
  }

  private void archived(String team, String channel) {
    ChannelRef archived = SlackIds.channel(team, channel);
    if (core.isBridged(archived)) {
      log.info("Slack: bridged channel {} was archived; it is paused", archived);
      core.channelClosed(archived);
    }
  }
}
