package io.coshoring.web;

import io.coshoring.core.api.Wall;
import io.coshoring.core.api.WallCard;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.sse.SseClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Each space's lobby screen, for a TV by the coffee machine: the network's posts from other spaces,
 * those that fit the space's members first, one at a time in large type, and a QR code that opens
 * the wall. It runs for days without a reload: its script rotates the cards, hears of new ones on
 * its own stream, and takes the list again now and then.
 *
 * <p>A space is named by its id as the wall gives it, {@code /spaces/slack:T1/screen}: a path
 * segment may hold a ':', so the address stays readable, and anything else an id may hold is
 * percent-encoded. Only a space that shares with the network has a screen. The QR code holds the
 * wall's address as the screen's browser reached it: the one address sure to lead a phone in the
 * same lobby to this server (behind a TLS proxy, it is right once the server reads the proxy's
 * forwarded headers).
 */
final class LobbyScreen implements AutoCloseable {

  static final String PAGE = "/spaces/{space}/screen";
  static final String CARDS = PAGE + "/cards";
  static final String EVENTS = PAGE + "/events";

  /** The cards a screen rotates, at the most: enough for an hour, and a page light for days. */
  static final int CARDS_KEPT = 40;

  /** How long a card stays, unless the address says ({@code ?seconds=20}). */
  private static final int SECONDS = 12;

  private static final int FEWEST_SECONDS = 3;
  private static final int MOST_SECONDS = 300;

  private final Wall wall;
  private final Pages pages;
  private final Clock clock;
  private final ScreenEvents events;
  private final String publicUrl;

  /**
   * @param publicUrl the deployment's public address, which the QR code gives when it is set; null
   *     to give the address the screen's browser used, which behind a proxy may not be one a phone
   *     can reach
   */
  LobbyScreen(Wall wall, Pages pages, Clock clock, String publicUrl) {
    this.wall = wall;
    this.pages = pages;
    this.clock = clock;
    this.publicUrl = publicUrl;
    this.events = new ScreenEvents(wall, this::draw);
  }

  /**
   * Adds the screens' routes to a server being configured.
   *
   * @param friendly how the site answers a handler that fails
   */
  void mount(JavalinConfig config, UnaryOperator<Handler> friendly) {
    config.routes.before("/spaces/*", SecurityHeaders::set);
    config.routes.get(PAGE, friendly.apply(this::page));
    config.routes.get(CARDS, friendly.apply(this::cards));
    // Refused before the stream opens, so that the browser sees the 404 instead of a stream that
    // ends at once, which it would open again every few seconds.
    config.routes.before(
        EVENTS,
        ctx -> {
          if (space(ctx).isEmpty()) {
            ctx.status(404).skipRemainingHandlers();
          }
        });
    config.routes.sse(EVENTS, this::follow);
  }

  /** The screen's address for a space, its id readable in it. */
  static String pathOf(String spaceId) {
    String segment =
        URLEncoder.encode(spaceId, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    return "/spaces/" + segment + "/screen";
  }

  private void page(Context ctx) {
    Optional<Wall.WallSpace> space = space(ctx);
    if (space.isEmpty()) {
      missing(ctx);
      return;
    }
    String wallUrl =
        publicUrl == null
            ? URI.create(ctx.url()).resolve(WallSite.PAGE).toString()
            : publicUrl.replaceAll("/+$", "") + WallSite.PAGE;
    Phrases phrases = phrases(ctx, space.get());
    ScreenView view =
        new ScreenView(
            phrases,
            space.get(),
            cardsFor(space.get(), phrases),
            QrCode.of(wallUrl),
            wallUrl,
            seconds(ctx.queryParam("seconds")));
    ctx.html(pages.render("screen.jte", Map.of("view", view)));
  }

  private void cards(Context ctx) {
    Optional<Wall.WallSpace> space = space(ctx);
    if (space.isEmpty()) {
      missing(ctx);
      return;
    }
    Phrases phrases = phrases(ctx, space.get());
    ctx.html(
        pages.render(
            "screencards.jte",
            Map.of(
                "cards",
                cardsFor(space.get(), phrases),
                "skillsLabel",
                phrases.get("wall.card.skills"))));
  }

  private void follow(SseClient client) {
    space(client.ctx())
        .ifPresentOrElse(
            space -> events.open(client, space.id(), phrases(client.ctx(), space).language()),
            // It stopped sharing since the check before: the stream ends, the script asks again.
            client::close);
  }

  private List<CardView> cardsFor(Wall.WallSpace space, Phrases phrases) {
    Instant now = clock.instant();
    return wall.forSpace(space.id(), CARDS_KEPT).stream()
        .map(card -> CardView.of(card, phrases, ZoneOffset.UTC, now))
        .toList();
  }

  private String draw(WallCard card, Language language) {
    Phrases phrases = Phrasebook.standard().in(language);
    return pages.render(
        "screencard.jte",
        Map.of(
            "card", CardView.of(card, phrases, ZoneOffset.UTC, clock.instant()),
            "skillsLabel", phrases.get("wall.card.skills")));
  }

  /** The space the address names, if it shares with the network. */
  private Optional<Wall.WallSpace> space(Context ctx) {
    String id = ctx.pathParam("space");
    return wall.spaces().stream().filter(space -> space.id().equals(id)).findFirst();
  }

  /** The space's own language, for what its whole lobby reads, unless the address says. */
  private static Phrases phrases(Context ctx, Wall.WallSpace space) {
    Language language =
        Language.of(ctx.queryParam(WallRequest.PAGE_LANGUAGE))
            .or(() -> Language.of(space.language()))
            .orElse(Language.ENGLISH);
    return Phrasebook.standard().in(language);
  }

  private void missing(Context ctx) {
    new Notice(pages).show(ctx, 404, "screen.missing.title", "screen.missing.text");
  }

  private static int seconds(String given) {
    if (given == null || !given.matches("\\d{1,3}")) {
      return SECONDS;
    }
    return Math.max(FEWEST_SECONDS, Math.min(MOST_SECONDS, Integer.parseInt(given)));
  }

  @Override
  public void close() {
    events.close();
  }
}
