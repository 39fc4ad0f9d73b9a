package io.coshoring.web;

import io.coshoring.core.api.Wall;
import io.coshoring.core.language.Phrasebook;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall's live updates: each open page keeps a Server-Sent Events stream, told of every card
 * that appears (if its filters take it) and every card that goes. The changes are sent from one
 * thread of their own, in the order they happened, so that posting never waits for a page.
 */
final class WallEvents implements AutoCloseable {

  /** Proxies close a stream that says nothing for a minute or so. */
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

  private static final Logger log = LoggerFactory.getLogger(WallEvents.class);

  private final Set<Reader> readers = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(
          work -> {
            Thread thread = new Thread(work, "coshoring-wall-events");
            thread.setDaemon(true);
            return thread;
          });
  private final Function<Reader, WallView> viewOf;
  private final Pages pages;
  private final Clock clock;
  private final AutoCloseable following;

  /** A page open on the wall, with what it asked for. */
  record Reader(SseClient client, WallRequest request) {}

  WallEvents(Wall wall, Pages pages, Clock clock, Function<Reader, WallView> viewOf) {
    this.pages = pages;
    this.clock = clock;
    this.viewOf = viewOf;
    this.following = wall.follow(change -> sender.execute(() -> tell(change)));
    sender.scheduleAtFixedRate(
        this::keepAlive, KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
  }

  void open(SseClient client) {
    Reader reader = new Reader(client, WallRequest.of(client.ctx()));
    readers.add(reader);
    client.onClose(() -> readers.remove(reader));
    client.keepAlive();
    // Sent at once, so that the browser knows the stream is open before any change.
    client.sendComment("open");
  }

  /** How many pages are open, for the site's health and its tests. */
  int open() {
    return readers.size();
  }

  private void tell(Wall.WallChange change) {
    Instant now = clock.instant();
    Map<WallRequest, String> rendered = new ConcurrentHashMap<>();
    for (Reader reader : List.copyOf(readers)) {
      try {
        if (change instanceof Wall.Gone gone) {
          reader.client().sendEvent("gone-" + gone.postId(), "");
        } else if (change instanceof Wall.Shown shown
            && reader.request().query().accepts(shown.card(), now)) {
          if (!shown.fresh()) {
            // A card shown before, and changed since, is replaced rather than doubled.
            reader.client().sendEvent("gone-" + shown.card().id(), "");
          }
          String card =
              rendered.computeIfAbsent(reader.request(), request -> card(reader, shown, now));
          reader.client().sendEvent("card", card);
        }
      } catch (RuntimeException e) {
        log.debug("a wall page could not be told: {}", e.toString());
        readers.remove(reader);
      }
    }
  }

  private String card(Reader reader, Wall.Shown shown, Instant now) {
    WallView view = viewOf.apply(reader);
    CardView card =
        CardView.of(
            shown.card(),
            Phrasebook.standard().in(reader.request().language()),
            reader.request().query().viewerZone(),
            now);
    return pages.render("card.jte", Map.of("view", view, "card", card));
  }

  private void keepAlive() {
    for (Reader reader : List.copyOf(readers)) {
      if (reader.client().terminated()) {
        readers.remove(reader);
      } else {
        reader.client().sendComment("");
      }
    }
  }

  @Override
  public void close() {
    try {
      following.close();
    } catch (Exception e) {
      log.debug("the wall's changes could not be left: {}", e.toString());
    }
    sender.shutdownNow();
    for (Reader reader : List.copyOf(readers)) {
      reader.client().close();
    }
  }
}
