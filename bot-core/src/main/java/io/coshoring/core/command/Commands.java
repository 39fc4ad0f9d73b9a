package io.coshoring.core.command;

import io.coshoring.core.match.MatchStore;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.matching.MatchingEngine;
import java.time.Clock;
import java.util.List;

/** Every command of the bot, in one list. */
public final class Commands {

  private Commands() {}

  public static CommandRouter router(
      Posting posting,
      MatchingEngine engine,
      PostStore posts,
      MatchStore matches,
      SpaceStore spaces,
      MemberStore members,
      Clock clock,
      int commandsPerMinute) {
    PublishPost publish = new PublishPost(posting, engine, clock);
    return new CommandRouter(
        List.of(new OfferCommand(publish), new DemandCommand(publish)),
        List.of(new CloseCommand(posting)),
        spaces,
        members,
        commandsPerMinute);
  }
}
