package io.coshoring.core;

import io.coshoring.core.activity.NetworkActivity;
import io.coshoring.core.activity.StatsCommand;
import io.coshoring.core.adapter.Adapter;
import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.SpaceRef;
import io.coshoring.core.api.Activity;
import io.coshoring.core.api.AdapterContext;
import io.coshoring.core.api.AdapterFactory;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.ChannelCatchUp;
import io.coshoring.core.api.ChannelMessage;
import io.coshoring.core.api.ChannelReaction;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.FormRejected;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.OpenPostForm;
import io.coshoring.core.api.Outcome;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.Reply;
import io.coshoring.core.api.Request;
import io.coshoring.core.api.SignIns;
import io.coshoring.core.api.Wall;
import io.coshoring.core.api.WallInterest;
import io.coshoring.core.bridge.Bridging;
import io.coshoring.core.collaboration.CollaborationAnswer;
import io.coshoring.core.collaboration.CollaborationAnswers;
import io.coshoring.core.collaboration.CollaborationButton;
import io.coshoring.core.collaboration.CollaborationQuestions;
import io.coshoring.core.collaboration.CollaborationStore;
import io.coshoring.core.command.ButtonRouter;
import io.coshoring.core.command.Command;
import io.coshoring.core.command.CommandRouter;
import io.coshoring.core.command.HelpCommand;
import io.coshoring.core.inbox.Inbox;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.match.Answer;
import io.coshoring.core.match.MatchAnswerButton;
import io.coshoring.core.match.MatchAnswers;
import io.coshoring.core.match.MatchLabelStore;
import io.coshoring.core.match.MatchNotifier;
import io.coshoring.core.match.MatchStore;
import io.coshoring.core.match.MineCommand;
import io.coshoring.core.match.MuteStore;
import io.coshoring.core.match.Proposals;
import io.coshoring.core.match.WallInterests;
import io.coshoring.core.notify.DailyDigest;
import io.coshoring.core.notify.Dispatcher;
import io.coshoring.core.notify.OutboxStore;
import io.coshoring.core.post.CloseCommand;
import io.coshoring.core.post.CloseItButton;
import io.coshoring.core.post.DemandCommand;
import io.coshoring.core.post.ExpiryReminders;
import io.coshoring.core.post.OfferCommand;
import io.coshoring.core.post.OwnPosts;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.post.Posting;
import io.coshoring.core.post.PublishPost;
import io.coshoring.core.post.SearchCommand;
import io.coshoring.core.post.StillOpenButton;
import io.coshoring.core.profile.ForgetMeCommand;
import io.coshoring.core.profile.ProfileCommand;
import io.coshoring.core.profile.SetupCommand;
import io.coshoring.core.schedule.BackgroundLoop;
import io.coshoring.core.space.Authors;
import io.coshoring.core.space.MemberLanguages;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.storage.SeenEventStore;
import io.coshoring.core.wall.WallBoard;
import io.coshoring.core.wall.WallSessionStore;
import io.coshoring.core.wall.WallSessions;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.SkillTaxonomy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The whole application on one screen: every store, feature, command and button, built by
 * constructor, and the adapters the deployment runs. Adapters see it as {@link Coshoring}; the
 * deployment and the tests build it with {@link #builder} and {@link #start} it.
 */
public final class CoshoringCore implements Coshoring, AutoCloseable {

  /** How long before a post expires its author is asked whether it is still open. */
  private static final Duration EXPIRY_NOTICE = Duration.ofDays(3);

  /** Queued messages wake the dispatcher; the poll finds the retries whose time has come. */
  private static final Duration DELIVERY_POLL = Duration.ofMillis(200);

  private final MatchingEngine engine;
  private final Adapters adapters = new Adapters();
  private final Posting posting;
  private final CommandRouter commands;
  private final ButtonRouter buttons;
  private final PublishPost publish;
  private final Dispatcher dispatcher;
  private final Inbox inbox;
  private final Housekeeping housekeeping;
  private final Bridging bridging;
  private final SeenEventStore seenEvents;
  private final MemberLanguages memberLanguages;
  private final MemberStore members;
  private final OutboxStore outbox;
  private final Database database;
  private final WallBoard wall;
  private final NetworkActivity activity;
  private final WallSessions sessions;
  private final WallInterests interests;
  private final OwnPosts ownPosts;

  CoshoringCore(CoreBuilder built) {
    this.database = built.database;
    Clock clock = built.clock;
    CoreSettings settings = built.settings;
    this.engine = built.engine;
    SpaceStore spaces = new SpaceStore(database, clock);
    this.members = new MemberStore(database, clock);
    this.memberLanguages = new MemberLanguages(members, spaces);
    PostStore posts = new PostStore(database);
    MatchStore matches = new MatchStore(database);
    MatchLabelStore labels = new MatchLabelStore(database);
    CollaborationStore collaborations = new CollaborationStore();
    MuteStore mutes = new MuteStore();
    Authors authors = new Authors(members, spaces);
    BackgroundLoop deliveries = new BackgroundLoop("coshoring-dispatcher", DELIVERY_POLL);
    this.outbox = new OutboxStore(database, deliveries::wake);
    MatchNotifier notifier = new MatchNotifier(outbox, clock, settings.dailyMatchMessages());
    this.posting =
        new Posting(
            database,
            posts,
            authors,
            engine,
            new Proposals(engine, matches, mutes, authors, notifier, clock),
            clock,
            settings.postLifetime(),
            built.postIds);
    this.wall = new WallBoard(engine, spaces, members, posts, posting.changes(), clock);
    this.activity = new NetworkActivity(database, spaces, clock);
    WallSessionStore sessionStore = new WallSessionStore(database);
    this.sessions = new WallSessions(sessionStore, members, spaces, outbox, clock);
    this.seenEvents = new SeenEventStore(database, clock);
    this.bridging =
        new Bridging(database, adapters, spaces, seenEvents, clock, settings.firstRetry());
    this.publish = new PublishPost(posting, engine, clock);

    List<Command> all = new ArrayList<>();
    List<Command> topLevel = List.of(new OfferCommand(publish), new DemandCommand(publish));
    List<Command> coshore =
        List.of(
            new MineCommand(posts, matches, members, clock),
            new CloseCommand(posting),
            new SearchCommand(engine),
            new StatsCommand(activity),
            new ProfileCommand(members, posting),
            new SetupCommand(spaces, members, posting),
            new HelpCommand(() -> all),
            new ForgetMeCommand(
                database,
                posts,
                matches,
                labels,
                collaborations,
                mutes,
                outbox,
                members,
                posting,
                sessionStore),
            bridging.command(spaces));
    all.addAll(topLevel);
    all.addAll(coshore);
    this.commands =
        new CommandRouter(topLevel, coshore, spaces, members, settings.commandsPerMinute());

    MatchAnswers answers =
        new MatchAnswers(
            database, matches, labels, mutes, posts, members, authors, notifier, clock);
    this.interests =
        new WallInterests(
            database, engine, matches, mutes, posts, authors, answers, notifier, clock);
    CollaborationAnswers worked =
        new CollaborationAnswers(database, collaborations, matches, members, clock);
    this.ownPosts = new OwnPosts(posting, posts, clock);
    this.buttons =
        new ButtonRouter(
            List.of(
                new MatchAnswerButton(answers, Answer.INTERESTED),
                new MatchAnswerButton(answers, Answer.NOT_FOR_ME),
                new MatchAnswerButton(answers, Answer.MUTE_SIMILAR),
                bridging.openRoomButton(matches, members, posts, memberLanguages),
                new StillOpenButton(posting),
                new CloseItButton(posting),
                new CollaborationButton(worked, CollaborationAnswer.YES),
                new CollaborationButton(worked, CollaborationAnswer.NOT_YET),
                new CollaborationButton(worked, CollaborationAnswer.NO)),
            memberLanguages);

    this.dispatcher = new Dispatcher(outbox, adapters, clock, settings.firstRetry(), deliveries);
    this.inbox =
        new Inbox(
            database,
            outbox,
            commands,
            buttons,
            publish,
            adapters,
            clock,
            settings.firstRetry(),
            memberLanguages);
    this.housekeeping =
        new Housekeeping(
            new DailyDigest(
                database, outbox, clock, settings.dailyMatchMessages(), authors, memberLanguages),
            new ExpiryReminders(database, posts, outbox, clock, EXPIRY_NOTICE, memberLanguages),
            new CollaborationQuestions(
                database, collaborations, matches, posts, members, outbox, memberLanguages, clock),
            seenEvents,
            inbox);

    AdapterContext context = new AdapterContext(this, clock, database::migrateModule);
    for (AdapterFactory factory : built.adapters) {
      adapters.register(factory.create(context));
    }
  }

  /** The core on this database and engine, with the system clock and the default settings. */
  public static CoreBuilder builder(Database database, MatchingEngine engine) {
    return new CoreBuilder(database, engine);
  }

  /**
   * Loads the open posts into the engine, starts the adapters, then delivery and the periodic jobs:
   * no command is taken before the engine holds every open post, and nothing is delivered before
   * the platforms are connected. Returns how many posts were loaded.
   *
   * @throws AdapterFailure when an adapter cannot start, naming its platform
   */
  public int start() {
    int loaded = loadOpenPosts();
    wall.start();
    for (Adapter adapter : adapters.all()) {
      try {
        adapter.start();
      } catch (RuntimeException e) {
        throw new AdapterFailure(adapter.platform(), e);
      }
    }
    inbox.start();
    dispatcher.start();
    bridging.start();
    housekeeping.start();
    return loaded;
  }

  /** The adapter of that class, as the deployment built it. */
  public <T extends Adapter> T adapter(Class<T> type) {
    return adapters.all().stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " here"));
  }

  @Override
  public Optional<OpenPostForm> formFor(String command, String text) {
    if (text != null && !text.isBlank()) {
      return Optional.empty();
    }
    switch (command.toLowerCase(Locale.ROOT).replaceFirst("^/", "")) {
      case "offer":
        return Optional.of(new OpenPostForm(PostKind.OFFER));
      case "demand":
        return Optional.of(new OpenPostForm(PostKind.DEMAND));
      default:
        return Optional.empty();
    }
  }

  @Override
  public boolean receive(Request request) {
    return inbox.receive(request);
  }

  @Override
  public Reply command(InboundCommand command) {
    return commands.handle(command);
  }

  @Override
  public Outcome submit(InboundCommand who, PostForm form) {
    if (!commands.permitted(who)) {
      // Said on the form, which stays open with what was written: nothing is lost by waiting.
      return new FormRejected(
          Map.of(PostForm.Field.DESCRIPTION, commands.tooMany(who).message().text()));
    }
    return publish.submit(commands.caller(who, null), form);
  }

  @Override
  public Reply click(ButtonClick click) {
    return buttons.click(click);
  }

  @Override
  public List<OutgoingMessage> overview(InboundCommand who) {
    return commands.overview(who);
  }

  @Override
  public boolean channelMessage(ChannelMessage event) {
    return bridging.received(event);
  }

  @Override
  public boolean channelReaction(ChannelReaction reaction) {
    return bridging.reacted(reaction);
  }

  @Override
  public void spaceLeft(SpaceRef space) {
    bridging.spaceRemoved(space);
  }

  @Override
  public void channelClosed(ChannelRef channel) {
    bridging.pauseChannel(channel);
  }

  @Override
  public List<ChannelCatchUp> catchUps(String platform) {
    return bridging.catchUps(platform);
  }

  @Override
  public boolean isBridged(ChannelRef channel) {
    return bridging.isBridged(channel);
  }

  @Override
  public boolean firstTime(String eventKey) {
    return seenEvents.firstTime(eventKey);
  }

  @Override
  public Optional<MemberRef> memberLastWrittenTo(String platform, String user) {
    List<String> ids = members.idsOfUser(platform, user);
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(MemberRef.parse(outbox.lastWrittenTo(ids).orElse(ids.get(0))));
  }

  @Override
  public SkillTaxonomy skills() {
    return engine.taxonomy();
  }

  @Override
  public Phrases phrasesFor(MemberRef member, String locale) {
    return memberLanguages.of(member, locale);
  }

  /** Loads the open posts into the engine, and starts nothing: tests then drive the core. */
  int loadOpenPosts() {
    return posting.loadOpenPosts();
  }

  /** Takes the posts that expired off the wall, at once rather than at its next look. */
  void sweepWall() {
    wall.sweepExpired();
  }

  /** Queues the digests and expiry reminders that are due, at once rather than on schedule. */
  void runHousekeeping() {
    housekeeping.runOnce();
  }

  /** Delivers what is due now, at once rather than on the dispatcher's next round. */
  int deliverDue() {
    return dispatcher.deliverDue();
  }

  @Override
  public Wall wall() {
    return wall;
  }

  @Override
  public Activity activity() {
    return activity;
  }

  @Override
  public SignIns signIns() {
    return sessions;
  }

  @Override
  public WallInterest interestedFromWall(
      MemberRef member, String postId, String ownPostId, Phrases phrases) {
    if (!commands.permitted(member.id())) {
      return new WallInterest.Answered(commands.tooMany(phrases));
    }
    return interests.interested(member.id(), postId, ownPostId, phrases);
  }

  @Override
  public List<WallInterest.OwnPost> ownPosts(MemberRef member) {
    return ownPosts.of(member.id());
  }

  @Override
  public String closeFromWall(MemberRef member, String postId, Phrases phrases) {
    return commands.permitted(member.id())
        ? ownPosts.close(member.id(), postId, phrases)
        : commands.tooMany(phrases);
  }

  @Override
  public String renewFromWall(MemberRef member, String postId, Phrases phrases) {
    return commands.permitted(member.id())
        ? ownPosts.renew(member.id(), postId, phrases)
        : commands.tooMany(phrases);
  }

  @Override
  public void close() {
    List<Adapter> started = new ArrayList<>(adapters.all());
    Collections.reverse(started);
    // Adapters stop first, finishing the work they took, while the core they hand it to still runs.
    for (Adapter adapter : started) {
      adapter.close();
    }
    inbox.close();
    wall.close();
    housekeeping.close();
    bridging.close();
    dispatcher.close();
    engine.close();
    database.close();
  }
}
