package io.coshoring.core;

import io.coshoring.core.bridge.Bridging;
import io.coshoring.core.bridge.ProjectRooms;
import io.coshoring.core.command.CommandRouter;
import io.coshoring.core.command.Commands;
import io.coshoring.core.match.ButtonRouter;
import io.coshoring.core.match.MatchAnswers;
import io.coshoring.core.match.MatchNotifier;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.match.MuteStore;
import io.coshoring.core.notify.DailyDigest;
import io.coshoring.core.notify.Dispatcher;
import io.coshoring.core.notify.Outbox;
import io.coshoring.core.port.ChatPorts;
import io.coshoring.core.post.ExpiryReminders;
import io.coshoring.core.post.PostIds;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.Authors;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.storage.SeenEvents;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The whole application on one screen: every store, service and command, built by constructor.
 * Adapters hand it commands and clicks, and register the ports it delivers through.
 */
public final class CoshoringCore implements AutoCloseable {

  private final Database database;
  private final MatchingEngine engine;
  private final Posting posting;
  private final CommandRouter commands;
  private final ButtonRouter buttons;
  private final Dispatcher dispatcher;
  private final Outbox outbox;
  private final Housekeeping housekeeping;
  private final Bridging bridging;
  private final SeenEvents seenEvents;

  /** How long before a post expires its author is asked whether it is still open. */
  private static final Duration EXPIRY_NOTICE = Duration.ofDays(3);

  public CoshoringCore(
      Database database,
      MatchingEngine engine,
      ChatPorts ports,
      Clock clock,
      CoreSettings settings) {
    this(database, engine, ports, clock, settings, new PostIds());
  }

  /** With post ids drawn by {@code ids}: tests make them collide. */
  CoshoringCore(
      Database database,
      MatchingEngine engine,
      ChatPorts ports,
      Clock clock,
      CoreSettings settings,
      PostIds ids) {
    this.database = database;
    this.engine = engine;
    SpaceStore spaces = new SpaceStore(database, clock);
    MemberStore members = new MemberStore(database, clock);
    PostStore posts = new PostStore(database);
    MatchStore matches = new MatchStore(database);
    MuteStore mutes = new MuteStore();
    Authors authors = new Authors(members, spaces);
    this.outbox = new Outbox(database);
    MatchNotifier notifier = new MatchNotifier(outbox, clock, settings.dailyMatchMessages());
    this.posting =
        new Posting(
            database,
            posts,
            matches,
            mutes,
            authors,
            engine,
            notifier,
            clock,
            settings.postLifetime(),
            ids);
    this.seenEvents = new SeenEvents(database, clock);
    this.bridging = new Bridging(database, spaces, seenEvents, clock, settings.firstRetry());
    this.commands =
        Commands.router(
            database,
            posting,
            engine,
            posts,
            matches,
            mutes,
            outbox,
            spaces,
            members,
            bridging,
            clock,
            settings.commandsPerMinute());
    this.buttons =
        new ButtonRouter(
            new MatchAnswers(database, matches, mutes, posts, members, posting, notifier, clock),
            posting,
            new ProjectRooms(
                database, matches, members, posts, bridging.store(), bridging.ports(), clock));
    this.dispatcher = new Dispatcher(outbox, ports, clock, settings.firstRetry());
    this.housekeeping =
        new Housekeeping(
            new DailyDigest(
                database,
                outbox,
                clock,
                settings.dailyMatchMessages(),
                memberId -> zoneOf(authors, memberId)),
            new ExpiryReminders(database, posts, outbox, clock, EXPIRY_NOTICE),
            seenEvents);
  }

  /** Loads the open posts into the engine and starts delivering; returns how many posts. */
  public int start() {
    int loaded = loadOpenPosts();
    dispatcher.start();
    bridging.start();
    housekeeping.start();
    return loaded;
  }

  private static ZoneId zoneOf(Authors authors, String memberId) {
    return authors
        .find(memberId)
        .map(a -> a.member().zone() != null ? a.member().zone() : a.space().zone())
        .orElse(ZoneOffset.UTC);
  }

  /** Loads the open posts into the engine, without starting the background jobs. */
  public int loadOpenPosts() {
    return posting.loadOpenPosts();
  }

  /** The network's skills, as the engine knows them. */
  public SkillTaxonomy skills() {
    return engine.taxonomy();
  }

  public CommandRouter commands() {
    return commands;
  }

  public ButtonRouter buttons() {
    return buttons;
  }

  /** Queues the digests and expiry reminders that are due, at once rather than on schedule. */
  public void runHousekeeping() {
    housekeeping.runOnce();
  }

  /** Platform events already handled, for adapters that drop repeats themselves. */
  public SeenEvents seenEvents() {
    return seenEvents;
  }

  /** Channel bridges: the relay adapters hand message events to, and their ports. */
  public Bridging bridging() {
    return bridging;
  }

  public Dispatcher dispatcher() {
    return dispatcher;
  }

  public Outbox outbox() {
    return outbox;
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    housekeeping.close();
    bridging.close();
    dispatcher.close();
    engine.close();
  }
}
