package io.coshoring.core.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.matching.Visibility;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the commands every platform hands in: finds or registers the member and the space, applies
 * the per-member rate limit, and turns any mistake into a polite reply with the usage line.
 */
public final class CommandRouter {

  private final Map<String, Command> topLevel = new LinkedHashMap<>();
  private final Map<String, Command> coshore = new LinkedHashMap<>();
  private final SpaceStore spaces;
  private final MemberStore members;
  private final RateLimiterConfig limit;
  private final Cache<String, RateLimiter> limiters =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).build();

  /**
   * @param topLevel commands typed as {@code /offer}
   * @param coshore subcommands of {@code /coshore}
   * @param commandsPerMinute how many commands one member may run in a minute
   */
  public CommandRouter(
      List<Command> topLevel,
      List<Command> coshore,
      SpaceStore spaces,
      MemberStore members,
      int commandsPerMinute) {
    topLevel.forEach(c -> this.topLevel.put(c.name(), c));
    coshore.forEach(c -> this.coshore.put(c.name(), c));
    this.spaces = spaces;
    this.members = members;
    this.limit =
        RateLimiterConfig.custom()
            .limitForPeriod(commandsPerMinute)
            .limitRefreshPeriod(Duration.ofMinutes(1))
            .timeoutDuration(Duration.ZERO)
            .build();
  }

  public Reply handle(InboundCommand inbound) {
    return handle(inbound, null);
  }

  /**
   * @param requestKey the platform's key of the request the command came in, or null
   */
  public Reply handle(InboundCommand inbound, String requestKey) {
    if (!permitted(inbound)) {
      return tooMany(inbound);
    }
    Caller caller = caller(inbound, requestKey);
    String name = inbound.command().toLowerCase(Locale.ROOT).replaceFirst("^/", "");
    String text = inbound.text() == null ? "" : inbound.text().strip();
    Command command = topLevel.get(name);
    if (command == null && name.equals("coshore")) {
      String[] sub = text.split("\\s+", 2);
      command = coshore.get(sub[0].toLowerCase(Locale.ROOT));
      text = sub.length > 1 ? sub[1] : "";
      if (command == null) {
        return Reply.privately(
            sub[0].isEmpty()
                ? caller.phrases().get("command.coshoreAlone")
                : caller
                    .phrases()
                    .get("command.unknownCoshore", "command", CommandException.quoted(sub[0])));
      }
    }
    if (command == null) {
      return Reply.privately(
          caller.phrases().get("command.unknown", "command", CommandException.quoted("/" + name)));
    }
    try {
      return command.run(caller, text);
    } catch (CommandException e) {
      return Reply.privately(
          caller
              .phrases()
              .get(
                  "command.failed",
                  "problem",
                  e.getMessage(),
                  "usage",
                  UsageText.in(caller.phrases(), e.usage())));
    }
  }

  /**
   * What a member's home page shows: their posts and matches, then their profile, as {@code
   * /coshore mine} and {@code /coshore profile} answer. Not counted against the rate limit: the
   * platform asks for it, not the member.
   */
  public List<OutgoingMessage> overview(InboundCommand inbound) {
    Caller caller = caller(inbound, null);
    return List.of(
        coshore.get("mine").run(caller, "").message(),
        coshore.get("profile").run(caller, "").message());
  }

  /** Counts one command against the member's rate limit; false when they are over it. */
  public boolean permitted(InboundCommand inbound) {
    return permitted(inbound.member().id());
  }

  /** The same limit, for what a member does outside commands (the web wall). */
  public boolean permitted(String memberId) {
    return limiters.get(memberId, id -> RateLimiter.of(id, limit)).acquirePermission();
  }

  /** The answer to a member over the rate limit, in {@code phrases}. */
  public String tooMany(Phrases phrases) {
    return phrases.get("command.tooMany", "limit", limit.getLimitForPeriod());
  }

  /** The answer to a member over the rate limit, in their language. */
  public Reply tooMany(InboundCommand inbound) {
    return Reply.privately(tooMany(caller(inbound, null).phrases()));
  }

  /** The member and the space a command comes from, registered if they are new. */
  public Caller caller(InboundCommand inbound, String requestKey) {
    Space space = space(inbound);
    Member member =
        members
            .find(inbound.member().id())
            .orElseGet(
                () -> {
                  Member fresh =
                      Member.newcomer(inbound.member().id(), space.id(), inbound.displayName());
                  members.save(fresh);
                  return fresh;
                });
    if (inbound.locale() != null && !inbound.locale().equals(member.platformLocale())) {
      // Kept for the messages sent later, when no command says the member's locale.
      member = member.seenIn(inbound.locale());
      members.save(member);
    }
    return new Caller(
        member,
        space,
        inbound.isSpaceAdmin(),
        inbound.channel() == null ? null : inbound.channel().id(),
        requestKey);
  }

  /** The space a command comes from, registered if it is new, as its platform shows it now. */
  private Space space(InboundCommand inbound) {
    Space space =
        spaces
            .find(inbound.space().id())
            .orElseGet(
                () -> {
                  Space fresh =
                      new Space(
                          inbound.space().id(),
                          inbound.spaceName(),
                          null,
                          null,
                          Visibility.NETWORK,
                          Set.of(),
                          null,
                          inbound.spaceLocale());
                  spaces.save(fresh);
                  return fresh;
                });
    if (inbound.spaceLocale() != null && !inbound.spaceLocale().equals(space.platformLocale())) {
      // Kept for what the bot writes where no one member reads alone, such as a bridged channel.
      space = space.seenIn(inbound.spaceLocale());
      spaces.save(space);
    }
    return space;
  }
}
