package io.coshoring.core.inbox;

import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.CallerLookup;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.FormRejected;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.Outcome;
import io.coshoring.core.api.Reply;
import io.coshoring.core.api.Request;
import io.coshoring.core.command.ButtonRouter;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.CommandRouter;
import io.coshoring.core.inbox.InboxStore.Item;
import io.coshoring.core.notify.Notification;
import io.coshoring.core.notify.OutboxStore;
import io.coshoring.core.post.PublishPost;
import io.coshoring.core.schedule.BackgroundLoop;
import io.coshoring.core.schedule.Backoff;
import io.coshoring.core.schedule.Lanes;
import io.coshoring.core.space.MemberLanguages;
import io.coshoring.core.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Members' requests (commands, forms, clicks), taken durably and run from the database. An adapter
 * hands a request to {@link #receive} before acknowledging it: once that returns, a crash cannot
 * lose it. Requests run one after another for a member, side by side for different members; each
 * request's answer is queued in the outbox, in the transaction that marks it answered, and goes
 * back where the platform said. A request whose run failed, or was cut by a crash, runs again: a
 * post it published is found by the request's key rather than published twice.
 */
public final class Inbox implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Inbox.class);

  private static final int MAX_ATTEMPTS = 5;
  private static final int BATCH = 100;
  private static final int THREADS = 4;

  /** Platforms resend a request for minutes at most; an answered one older than this is dropped. */
  private static final Duration KEPT = Duration.ofHours(2);

  private final MemberLanguages languages;
  private final Database database;
  private final InboxStore store;
  private final OutboxStore outbox;
  private final CommandRouter commands;
  private final ButtonRouter buttons;
  private final PublishPost publish;
  private final Adapters adapters;
  private final Clock clock;
  private final BackgroundLoop loop;
  private final Backoff backoff;
  private final Lanes lanes = new Lanes("coshoring-inbox", THREADS);

  public Inbox(
      Database database,
      OutboxStore outbox,
      CommandRouter commands,
      ButtonRouter buttons,
      PublishPost publish,
      Adapters adapters,
      Clock clock,
      Duration firstRetry,
      MemberLanguages languages) {
    this.languages = languages;
    this.database = database;
    this.store = new InboxStore(database);
    this.outbox = outbox;
    this.commands = commands;
    this.buttons = buttons;
    this.publish = publish;
    this.adapters = adapters;
    this.clock = clock;
    this.loop = new BackgroundLoop("coshoring-inbox", Duration.ofMillis(250));
    this.backoff = new Backoff(firstRetry, Duration.ofMinutes(1));
  }

  /**
   * Commits the request; returns false when the same request (by its key) came before. Either way
   * the adapter may acknowledge it now.
   */
  public boolean receive(Request request) {
    boolean fresh = store.add(request, request.member().id(), clock.instant());
    if (fresh) {
      loop.wake();
    }
    return fresh;
  }

  /** Runs what waits, and what comes, until closed. */
  public void start() {
    lanes.start();
    loop.start(this::runDue);
  }

  /** Answered requests too old to be sent again are forgotten. */
  public void forgetOld() {
    store.forgetAnsweredBefore(clock.instant().minus(KEPT));
  }

  private void runDue() {
    for (Item item : store.pending(clock.instant(), BATCH)) {
      lanes.submit(item.seq(), item.request().member().id(), () -> run(item), loop::wake);
    }
  }

  private void run(Item item) {
    Request request = item.request();
    if (!store.stillPending(item)) {
      return;
    }
    try {
      Reply reply = answer(request);
      database.writeAll(
          handle -> {
            outbox.enqueue(handle, answerTo(request, reply));
            store.done(handle, item.seq());
          });
    } catch (RuntimeException e) {
      failed(item, e);
    }
  }

  private Reply answer(Request request) {
    if (request.click() != null) {
      return buttons.click(request.click());
    }
    InboundCommand who = lookedUp(request.command());
    if (request.form() == null) {
      return commands.handle(who, request.key());
    }
    if (!commands.permitted(who)) {
      return commands.tooMany(who);
    }
    Caller caller = commands.caller(who, request.key());
    Outcome outcome = publish.submit(caller, request.form());
    return outcome instanceof FormRejected rejected
        ? rejected.asReply(caller.phrases(), request.form().kind())
        : (Reply) outcome;
  }

  /** The caller as their platform knows them, for adapters that could not say at once. */
  private InboundCommand lookedUp(InboundCommand command) {
    MemberRef member = command.member();
    return adapters
        .abilityIfAny(member.platform(), CallerLookup.class)
        .map(lookup -> lookup.lookUp(member, command.displayName()))
        .map(
            caller ->
                command.withCaller(caller.displayName(), caller.isSpaceAdmin(), caller.locale()))
        .orElse(command);
  }

  private void failed(Item item, RuntimeException e) {
    int attempt = item.attempts() + 1;
    boolean giveUp = attempt >= MAX_ATTEMPTS;
    Instant now = clock.instant();
    if (giveUp) {
      log.error("request {} failed {} times; the member is told", item.request().key(), attempt, e);
    } else {
      log.warn("request {} failed, to be run again: {}", item.request().key(), e.toString());
    }
    database.writeAll(
        handle -> {
          store.failed(
              handle,
              item.seq(),
              e.toString(),
              now.plus(backoff.after(attempt, Optional.empty())),
              giveUp);
          if (giveUp) {
            // The member must still hear that nothing was done.
            outbox.enqueue(handle, answerTo(item.request(), apology(item.request())));
          }
        });
  }

  /** That nothing was done, in the member's language. */
  private Reply apology(Request request) {
    return Reply.privately(languages.of(request.member().id()).get("inbox.apology"));
  }

  private Notification answerTo(Request request, Reply reply) {
    return Notification.reply(
        request.key(), request.member().id(), reply.message(), request.replyTo(), clock.instant());
  }

  @Override
  public void close() {
    loop.close();
    lanes.close();
  }
}
