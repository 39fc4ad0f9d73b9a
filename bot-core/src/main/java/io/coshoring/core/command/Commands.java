package io.coshoring.core.command;

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
            new ForgetMeCommand(database, posts, matches, mutes, outbox, members, engine));
    all.addAll(topLevel);
    all.addAll(coshore);
    return new CommandRouter(topLevel, coshore, publish, spaces, members, commandsPerMinute);
  }
}
