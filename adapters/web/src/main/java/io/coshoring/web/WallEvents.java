package io.coshoring.web;

import io.coshoring.core.api.Wall;
import io.coshoring.core.language.Phrasebook;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The wall's live updates: each open page keeps a Server-Sent Events stream, told of every card
 * that appears (if its filters take it) and every card that goes ({@link LiveStreams}).
 */
final class WallEvents implements AutoCloseable {

  private final Function<Reader, WallView> viewOf;
  private final Pages pages;
  private final Clock clock;
  private final LiveStreams<Reader> readers;

  /** A page open on the wall, with what it asked for. */
  record Reader(SseClient client, WallRequest request) {}

  WallEvents(Wall wall, Pages pages, Clock clock, Function<Reader, WallView> viewOf) {
    this.pages = pages;
    this.clock = clock;
    this.viewOf = viewOf;
    this.readers = new LiveStreams<>("coshoring-wall-events", wall, Reader::client, this::tell);
  }

  void open(SseClient client) {
    readers.open(new Reader(client, WallRequest.of(client.ctx())));
  }

  /** How many pages are open, for the site's health and its tests. */
  int open() {
    return readers.size();
  }

  private void tell(Wall.WallChange change) {
    Instant now = clock.instant();
    Map<WallRequest, String> rendered = new ConcurrentHashMap<>();
    readers.each(
        reader -> {
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
        });
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

  @Override
  public void close() {
    readers.close();
  }
}
