package io.coshoring.core.command;

import io.coshoring.core.bridge.BridgeStore;
import io.coshoring.core.bridge.Bridging;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.match.MuteStore;
import io.coshoring.core.notify.Outbox;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Every command of the bot, in one list. */
public final class Commands {

  private Commands() {}

  public static CommandRouter router(
      Database database,
      Posting posting,
      MatchingEngine engine,
      PostStore posts,
      MatchStore matches,
      MuteStore mutes,
      Outbox outbox,
      SpaceStore spaces,
      MemberStore members,
      Bridging bridging,
      Clock clock,
      int commandsPerMinute) {
    PublishPost publish = new PublishPost(posting, engine, clock);
    List<Command> all = new ArrayList<>();
    List<Command> topLevel = List.of(new OfferCommand(publish), new DemandCommand(publish));
    List<Command> coshore =
        List.of(
            new MineCommand(posts, matches, members, clock),
            new CloseCommand(posting),
            new SearchCommand(engine),
            new ProfileCommand(members, posting),
            new SetupCommand(spaces, members, posting),
            new HelpCommand(() -> all),
            new ForgetMeCommand(database, posts, matches, mutes, outbox, members, engine),
            bridge(database, bridging, spaces, clock));
    all.addAll(topLevel);
    all.addAll(coshore);
    return new CommandRouter(topLevel, coshore, publish, spaces, members, commandsPerMinute);
  }

  private static BridgeCommand bridge(
      Database database, Bridging bridging, SpaceStore spaces, Clock clock) {
    BridgeStore bridges = bridging.store();
    BridgeCreateCommand create =
        new BridgeCreateCommand(database, bridges, bridging.ports(), clock);
    return new BridgeCommand(
        List.of(
            create,
            new BridgeCodeCommand(database, bridges, create, clock),
            new BridgeJoinCommand(database, bridges, bridging.ports(), clock),
            new BridgeStatusCommand(bridges, spaces),
            new BridgePauseCommand(bridges, BridgeStore.ChannelState.PAUSED),
            new BridgePauseCommand(bridges, BridgeStore.ChannelState.ACTIVE),
            new BridgeLeaveCommand(bridges)));
  }
}
