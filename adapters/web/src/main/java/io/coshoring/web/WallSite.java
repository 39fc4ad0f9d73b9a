package io.coshoring.web;

import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.Wall;
import io.coshoring.core.api.WallCard;
import io.coshoring.core.api.WallInterest;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.matching.Skill;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network's wall, served on the deployment's HTTP server: the page ({@code /}), its cards for
 * new filters ({@code /wall/cards}), and its live updates ({@code /wall/events}). Anyone can read
 * it, or members only as the deployment chooses; either way it shows only what spaces share with
 * the whole network.
 */
public final class WallSite implements AutoCloseable {

  static final String PAGE = "/";
  static final String CARDS = "/wall/cards";
  static final String EVENTS = "/wall/events";

  /** As many cards as a page shows at once; filters and search find the others. */
  static final int CARDS_SHOWN = 60;

  /** The languages the spoken-language filter offers: those of the network's cities first. */
  private static final List<String> SPOKEN =
      List.of("en", "fr", "he", "de", "es", "it", "ar", "ru", "pt", "nl");

  private static final Logger log = LoggerFactory.getLogger(WallSite.class);

  private final Coshoring core;
  private final Wall wall;
  private final Clock clock;
  private final Pages pages = new Pages();
  private final List<String> skillNames;
  private final WallEvents events;
  private final LobbyScreen screen;

  private WallSite(Coshoring core, Clock clock, String publicUrl) {
    this.core = core;
    this.wall = core.wall();
    this.clock = clock;
    this.skillNames =
        core.skills().skills().stream()
            .map(Skill::name)
            .sorted(Comparator.comparing(name -> name.toLowerCase(java.util.Locale.ROOT)))
            .toList();
    this.events = new WallEvents(wall, pages, clock, reader -> view(reader.request(), List.of()));
    this.screen = new LobbyScreen(wall, pages, clock, publicUrl);
  }

  /**
   * Adds the wall's pages to a server being configured, with signing in when the settings name a
   * provider, for the readers they allow.
   */
  public static WallSite mount(
      JavalinConfig config, Coshoring core, Clock clock, WallSettings settings) {
    WallSite site = new WallSite(core, clock, settings.signIn().publicUrl());
    config.staticFiles.enableWebjars();
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/assets";
          files.directory = "/io/coshoring/web/assets";
          files.location = Location.CLASSPATH;
        });
    for (String path : List.of(PAGE, CARDS, EVENTS, "/assets/*", "/webjars/*")) {
      config.routes.before(path, SecurityHeaders::set);
    }
    config.routes.get(PAGE, site.friendly(site::page));
    config.routes.get(CARDS, site.friendly(site::cards));
    config.routes.sse(EVENTS, site.events::open);
    site.screen.mount(config, site::friendly);
    ActivityPage.mount(config, core, site.pages);
    SignIn.mount(config, core, settings.signIn(), site.pages);
    if (settings.access() == WallSettings.Access.MEMBERS) {
      // After sign-in's own: the guard reads the visitor it found.
      MembersOnly.mount(config, site.pages);
    }
    return site;
  }

  private void page(Context ctx) {
    WallRequest request = WallRequest.of(ctx);
    ctx.html(pages.render("wall.jte", Map.of("view", view(request, cardsFor(request)))));
  }

  private void cards(Context ctx) {
    WallRequest request = WallRequest.of(ctx);
    ctx.html(pages.render("cards.jte", Map.of("view", view(request, cardsFor(request)))));
  }

  private List<CardView> cardsFor(WallRequest request) {
    Instant now = clock.instant();
    Phrases phrases = Phrasebook.standard().in(request.language());
    List<WallCard> found = wall.cards(request.query(), CARDS_SHOWN);
    return found.stream()
        .map(card -> CardView.of(card, phrases, request.query().viewerZone(), now))
        .toList();
  }

  private WallView view(WallRequest request, List<CardView> cards) {
    return new WallView(
        Phrasebook.standard().in(request.language()),
        request,
        cards,
        wall.spaces(),
        skillNames,
        SPOKEN,
        ownPosts(request.visitor()));
  }

  /**
   * The ids of the signed-in reader's open posts, asked each time a page or a live card is drawn so
   * that the card they just posted is marked theirs too.
   */
  private Set<String> ownPosts(Visitor visitor) {
    if (!visitor.signedIn()) {
      return Set.of();
    }
    return core.ownPosts(visitor.member()).stream()
        .map(WallInterest.OwnPost::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A page that fails says so politely, in the reader's language, and never shows a trace. */
  private Handler friendly(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (RuntimeException e) {
        log.error("the wall could not answer {}", ctx.path(), e);
        new Notice(pages).show(ctx, 500, "wall.error.title", "wall.error.text");
      }
    };
  }

  /** How many pages follow the wall live now. */
  public int livePages() {
    return events.open();
  }

  @Override
  public void close() {
    events.close();
    screen.close();
  }
}
