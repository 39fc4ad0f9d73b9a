package io.coshoring.web;

import io.coshoring.core.api.Wall;
import io.coshoring.core.api.WallCard;
import io.coshoring.core.language.Language;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lobby screens' live updates: each open screen keeps a Server-Sent Events stream, told of
 * every card another space shares ({@code event: card}, the card drawn for the screen) and of every
 * card that goes ({@code event: gone}, its post's id). As on the wall, the changes are sent from
 * one thread of their own, in order, so that posting never waits for a screen.
 */
final class ScreenEvents implements AutoCloseable {

  /** Proxies close a stream that says nothing for a minute or so. */
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

  private static final Logger log = LoggerFactory.getLogger(ScreenEvents.class);

  private final Set<Screen> screens = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService sender =
      Executors.newSingleThreadScheduledExecutor(
          work -> {
            Thread thread = new Thread(work, "coshoring-screen-events");
            thread.setDaemon(true);
            return thread;
          });
  private final BiFunction<WallCard, Language, String> draw;
  private final AutoCloseable following;

  /** A screen open in a space's lobby. */
  private record Screen(SseClient client, String spaceId, Language language) {}

  /**
   * @param draw a card as a screen in that language shows it
   */
  ScreenEvents(Wall wall, BiFunction<WallCard, Language, String> draw) {
    this.draw = draw;
    this.following = wall.follow(change -> sender.execute(() -> tell(change)));
    sender.scheduleAtFixedRate(
        this::keepAlive, KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
  }

  void open(SseClient client, String spaceId, Language language) {
    Screen screen = new Screen(client, spaceId, language);
    screens.add(screen);
    client.onClose(() -> screens.remove(screen));
    client.keepAlive();
    // Sent at once, so that the browser knows the stream is open before any change.
    client.sendComment("open");
  }

  private void tell(Wall.WallChange change) {
    Map<Language, String> drawn = new ConcurrentHashMap<>();
    for (Screen screen : List.copyOf(screens)) {
      try {
        if (change instanceof Wall.Gone gone) {
          screen.client().sendEvent("gone", gone.postId());
        } else if (change instanceof Wall.Shown shown
            && !shown.card().spaceId().equals(screen.spaceId())) {
          // A card shown before and changed since carries the same id: the screen replaces it.
          screen
              .client()
              .sendEvent(
                  "card",
                  drawn.computeIfAbsent(screen.language(), in -> draw.apply(shown.card(), in)));
        }
      } catch (RuntimeException e) {
        log.debug("a lobby screen could not be told: {}", e.toString());
        screens.remove(screen);
      }
    }
  }

  private void keepAlive() {
    for (Screen screen : List.copyOf(screens)) {
      if (screen.client().terminated()) {
        screens.remove(screen);
      } else {
        screen.client().sendComment("");
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
    for (Screen screen : List.copyOf(screens)) {
      screen.client().close();
    }
  }
}
