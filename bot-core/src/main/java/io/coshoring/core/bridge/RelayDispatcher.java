package io.coshoring.core.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.AttachmentReader;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.CopyDelivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Emoji;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.bridge.RelayQueueStore.Item;
import io.coshoring.core.schedule.BackgroundLoop;
import io.coshoring.core.schedule.Backoff;
import io.coshoring.core.schedule.Lanes;
import io.coshoring.core.storage.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the relay's queues: for each destination channel, its first item, then the next, never
 * two of one destination at once, so each channel sees messages in the order they were written.
 * Destinations are served side by side, so one that is slow or failing holds up only itself. A
 * failure worth retrying waits (the platform's Retry-After, else an exponential backoff); one that
 * is not, or that keeps failing, goes to the dead letters with its error, and the queue goes on.
 */
public final class RelayDispatcher implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RelayDispatcher.class);

  static final int MAX_ATTEMPTS = 10;
  private static final int HEADS = 200;

  private static final int THREADS = 8;

  private final Database database;
  private final RelayQueueStore queue;
  private final BridgeCopyStore copies;
  private final Adapters adapters;
  private final ChannelLanguages languages;
  private final Clock clock;
  private final Instant started;
  private final Backoff backoff;
  private final BackgroundLoop loop;
  private final ObjectMapper json = new ObjectMapper();
  private final Lanes lanes = new Lanes("coshoring-relay", THREADS);

  /** When each destination may next be written to, by its platform's pace. */
  private final Map<String, Instant> nextAllowed = new ConcurrentHashMap<>();

  /**
   * @param loop where the queues are looked at: woken when something is queued or a destination
   *     frees up, and polled for retries and paced destinations whose time has come
   */
  RelayDispatcher(
      Database database,
      RelayQueueStore queue,
      BridgeCopyStore copies,
      Adapters adapters,
      ChannelLanguages languages,
      Clock clock,
      Duration firstRetry,
      BackgroundLoop loop) {
    this.database = database;
    this.queue = queue;
    this.copies = copies;
    this.adapters = adapters;
    this.languages = languages;
    this.clock = clock;
    this.started = clock.instant();
    this.backoff = new Backoff(firstRetry, Duration.ofMinutes(10));
    this.loop = loop;
  }

  public void start() {
    lanes.start();
    loop.start(this::dispatchDue);
  }

  /** Looks at the queues now rather than at the next poll. */
  void wake() {
    loop.wake();
  }

  /** Hands the due head of every idle destination to a worker. */
  private void dispatchDue() {
    Instant now = clock.instant();
    List<Item> heads = database.read(handle -> queue.dueHeads(handle, now, HEADS));
    for (Item head : heads) {
      Instant allowed = nextAllowed.get(head.target());
      if (allowed != null && allowed.isAfter(now)) {
        // Its turn comes at a later poll: polls are a quarter second apart, paces a second.
        continue;
      }
      // One item in flight a destination: its queue is its lane, and the destination the item.
      lanes.submit(head.target(), head.target(), () -> deliverIfQueued(head), this::wake);
    }
  }

  /** The heads were read before this destination was taken: it may have been delivered since. */
  private void deliverIfQueued(Item head) {
    if (queue.stillQueued(head)) {
      deliver(head);
    }
  }

  /** Delivers one item and records the outcome. */
  private void deliver(Item item) {
    try {
      ChannelWriter port =
          adapters.ability(ChannelRef.parse(item.target()).platform(), ChannelWriter.class);
      if (!port.pace().isZero()) {
        nextAllowed.put(item.target(), clock.instant().plus(port.pace()));
      }
      switch (item.action()) {
        case POST -> post(port, item);
        case EDIT -> edit(port, item);
        case DELETE -> delete(port, item);
        case REACT, UNREACT -> react(port, item);
      }
    } catch (DeliveryException e) {
      failed(item, e);
    } catch (RuntimeException e) {
      failed(item, DeliveryException.temporary(e.toString(), e));
    }
  }

  private void post(ChannelWriter port, Item item) throws DeliveryException {
    RelayedMessage message = message(item);
    String replyTo =
        message.replyTo() == null
            ? null
            : database
                .read(
                    handle ->
                        copies.counterpart(
                            handle, item.sourceChannel(), message.replyTo(), item.target()))
                .orElse(null);
    ChannelRef source = ChannelRef.parse(item.sourceChannel());
    List<String> posted =
        port.post(
            ChannelRef.parse(item.target()),
            message,
            replyTo,
            delivery(item),
            languages.of(item.target()),
            attachment ->
                adapters
                    .ability(source.platform(), AttachmentReader.class)
                    .open(source, attachment));
    long now = clock.millis();
    database.writeAll(
        handle -> {
          copies.record(
              handle, item.sourceChannel(), item.sourceMessage(), item.target(), posted, now);
          queue.delivered(handle, item, now);
        });
  }

  /**
   * A copy queued before this process started may have been under way when the one before it
   * stopped; those queued since were each attempted here, and any attempt that failed is counted.
   */
  private CopyDelivery delivery(Item item) {
    boolean mayHaveBeenPosted = item.attempts() > 0 || item.queuedAt().isBefore(started);
    Set<String> others =
        mayHaveBeenPosted
            ? database.read(handle -> copies.postedSince(handle, item.target(), item.queuedAt()))
            : Set.of();
    return new CopyDelivery(
        "relay:" + item.sourceChannel() + ":" + item.sourceMessage(),
        mayHaveBeenPosted,
        item.queuedAt(),
        others);
  }

  private void edit(ChannelWriter port, Item item) throws DeliveryException {
    List<String> targets = targets(item);
    if (!targets.isEmpty()) {
      port.edit(ChannelRef.parse(item.target()), targets, message(item));
    }
    database.writeAll(handle -> queue.delivered(handle, item, clock.millis()));
  }

  private void delete(ChannelWriter port, Item item) throws DeliveryException {
    List<String> targets = targets(item);
    if (!targets.isEmpty()) {
      port.delete(ChannelRef.parse(item.target()), targets);
    }
    database.writeAll(
        handle -> {
          copies.forget(handle, item.sourceChannel(), item.sourceMessage(), item.target());
          queue.delivered(handle, item, clock.millis());
        });
  }

  /**
   * Adds or takes away the bot's reaction on the message that stands for the one reacted to; a
   * message the bridge never carried has none, and the item is done.
   */
  private void react(ChannelWriter port, Item item) throws DeliveryException {
    Optional<String> message =
        database.read(
            handle ->
                copies.counterpart(
                    handle, item.sourceChannel(), item.sourceMessage(), item.target()));
    if (message.isPresent()) {
      ChannelRef target = ChannelRef.parse(item.target());
      Emoji emoji = Emoji.ofKey(field(item, "emoji"));
      if (item.action() == RelayAction.REACT) {
        port.react(target, message.get(), emoji);
      } else {
        port.unreact(target, message.get(), emoji);
      }
    }
    database.writeAll(handle -> queue.delivered(handle, item, clock.millis()));
  }

  private List<String> targets(Item item) {
    return database.read(
        handle -> copies.copies(handle, item.sourceChannel(), item.sourceMessage(), item.target()));
  }

  private void failed(Item item, DeliveryException e) {
    int attempt = item.attempts() + 1;
    Instant now = clock.instant();
    if (!e.retryable() || attempt >= MAX_ATTEMPTS) {
      log.warn(
          "relay to {} gave up after {} attempt(s): {}", item.target(), attempt, e.getMessage());
      database.writeAll(
          handle -> queue.bury(handle, item, e.getMessage(), e.explanation(), now.toEpochMilli()));
      return;
    }
    Duration wait = backoff.after(attempt, e.retryAfter());
    database.writeAll(
        handle ->
            queue.retryAt(
                handle, item, now.plus(wait), e.getMessage(), e.explanation(), now.toEpochMilli()));
  }

  private RelayedMessage message(Item item) {
    try {
      return json.readValue(item.payload(), RelayedMessage.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a relayed message cannot be read back: " + e.getMessage());
    }
  }

  private String field(Item item, String name) {
    try {
      return json.readTree(item.payload()).path(name).asText();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a relayed item cannot be read back: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    // The round under way hands out its last items before the workers stop taking any.
    loop.close();
    lanes.close();
  }
}
