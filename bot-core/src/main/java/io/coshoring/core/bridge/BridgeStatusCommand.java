package io.coshoring.core.bridge;

import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.api.Reply;
import io.coshoring.core.bridge.BridgeStore.BridgedChannel;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code /coshore bridge status}: the bridge of this channel, its channels and their spaces, and
 * each channel's health: whether it is active, when it last received a message, what waits to be
 * delivered there, what failed for good, and the last failure when nothing was delivered since (a
 * missing permission says which).
 */
public final class BridgeStatusCommand implements Command {

  private final BridgeStore bridges;
  private final RelayQueueStore queue;
  private final SpaceStore spaces;
  private final Clock clock;

  BridgeStatusCommand(BridgeStore bridges, RelayQueueStore queue, SpaceStore spaces, Clock clock) {
    this.clock = clock;
    this.bridges = bridges;
    this.queue = queue;
    this.spaces = spaces;
  }

  @Override
  public String name() {
    return "status";
  }

  @Override
  public String usage() {
    return "/coshore bridge status";
  }

  /** A bridged channel's line: where, its state, when it last received, what keeps failing. */
  private String line(
      Phrases phrases, BridgedChannel channel, boolean here, RelayQueueStore.Backlog backlog) {
    Instant now = clock.instant();
    String line =
        phrases.get(
            "bridge.statusLine",
            "here",
            here ? "yes" : "no",
            // The spaces' names are members' words: shown as text, not markup.
            "space",
            LightMarkup.literal(
                spaces.find(channel.spaceId()).map(Space::name).orElse(channel.spaceId())),
            "state",
            channel.state().name().toLowerCase(Locale.ROOT),
            "delivered",
            backlog.lastDelivered() == null ? "never" : "yes",
            "ago",
            backlog.lastDelivered() == null ? "" : phrases.ago(backlog.lastDelivered(), now),
            "waiting",
            backlog.waiting(),
            "failed",
            backlog.failed());
    boolean failingSince =
        backlog.lastFailed() != null
            && (backlog.lastDelivered() == null
                || backlog.lastFailed().isAfter(backlog.lastDelivered()));
    if (failingSince) {
      line +=
          "\n"
              + phrases.get(
                  "bridge.lastFailure",
                  "ago",
                  phrases.ago(backlog.lastFailed(), now),
                  "error",
                  LastErrorColumn.shown(backlog.lastError(), phrases));
    }
    return line;
  }

  @Override
  public Reply run(Caller caller, String text) {
    Phrases phrases = caller.phrases();
    if (caller.channelId() == null) {
      throw new CommandException(phrases.get("bridge.statusInChannel"), usage());
    }
    BridgedChannel here =
        bridges
            .channel(caller.channelId())
            .orElseThrow(
                () -> new CommandException(phrases.get("bridge.notBridgedCreate"), usage()));
    // The bridge's and the spaces' names are members' words: shown as text, not markup.
    String name =
        bridges
            .bridge(here.bridgeId())
            .map(BridgeStore.Bridge::name)
            .map(LightMarkup::literal)
            .orElse("?");
    StringBuilder status = new StringBuilder(phrases.get("bridge.statusTitle", "name", name));
    for (BridgedChannel channel : bridges.channels(here.bridgeId())) {
      status
          .append("\n• ")
          .append(
              line(
                  phrases,
                  channel,
                  channel.channelId().equals(here.channelId()),
                  queue.backlog(channel.channelId())));
    }
    return Reply.privately(status.toString());
  }
}
