package io.coshoring.web;

import io.coshoring.core.api.Wall;
import io.coshoring.core.api.WallCard;
import io.coshoring.core.language.Language;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The lobby screens' live updates: each open screen keeps a Server-Sent Events stream, told of
 * every card another space shares ({@code event: card}, the card drawn for the screen) and of every
 * card that goes ({@code event: gone}, its post's id), sent as to the wall's pages ({@link
 * LiveStreams}).
 */
final class ScreenEvents implements AutoCloseable {

  private final BiFunction<WallCard, Language, String> draw;
  private final LiveStreams<Screen> screens;

  /** A screen open in a space's lobby. */
  private record Screen(SseClient client, String spaceId, Language language) {}

  /**
   * @param draw a card as a screen in that language shows it
   */
  ScreenEvents(Wall wall, BiFunction<WallCard, Language, String> draw) {
    this.draw = draw;
    this.screens = new LiveStreams<>("coshoring-screen-events", wall, Screen::client, this::tell);
  }

  void open(SseClient client, String spaceId, Language language) {
    screens.open(new Screen(client, spaceId, language));
  }

  private void tell(Wall.WallChange change) {
    Map<Language, String> drawn = new ConcurrentHashMap<>();
    screens.each(
        screen -> {
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
        });
  }

  @Override
  public void close() {
    screens.close();
  }
}
