package io.coshoring.web;

import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.WallInterest;
import io.coshoring.core.language.Phrases;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a signed-in member does from the wall, each through the core as from a direct message: "I'm
 * interested" on a card, closing their own post or keeping it open, and posting ({@link PostPage}).
 */
final class WallActions {

  static final String INTERESTED = "/wall/interested";
  static final String MINE = "/wall/mine";

  private final Coshoring core;
  private final Pages pages;

  private WallActions(Coshoring core, Pages pages) {
    this.core = core;
    this.pages = pages;
  }

  static void mount(
      JavalinConfig config,
      Coshoring core,
      Sessions sessions,
      Pages pages,
      UnaryOperator<Handler> friendly) {
    WallActions actions = new WallActions(core, pages);
    config.routes.before(INTERESTED, SecurityHeaders::set);
    config.routes.post(INTERESTED, friendly.apply(sessions.guarded(actions::interested)));
    config.routes.before(MINE, SecurityHeaders::set);
    config.routes.post(MINE, friendly.apply(sessions.guarded(actions::mine)));
    PostPage.mount(config, core, sessions, pages, friendly);
  }

  /** Answers with what to show under the card's button: the outcome, or a choice of posts. */
  private void interested(Context ctx) {
    MemberRef member = Sessions.current(ctx).member();
    Phrases phrases = Notice.phrasesOf(ctx);
    String post = ctx.formParam("post");
    if (post == null || post.isBlank()) {
      ctx.status(400).html(render(phrases, phrases.get("wall.interest.gone"), List.of()));
      return;
    }
    String mine = ctx.formParam("mine");
    WallInterest outcome =
        core.interestedFromWall(
            member, post, mine == null || mine.isBlank() ? null : mine, phrases);
    if (outcome instanceof WallInterest.WhichPost which) {
      ctx.html(render(phrases, null, which.posts()));
    } else {
      ctx.html(render(phrases, ((WallInterest.Answered) outcome).text(), List.of()));
    }
  }

  /** "Close" or "Keep open longer" on the member's own card: answers with what to show under it. */
  private void mine(Context ctx) {
    MemberRef member = Sessions.current(ctx).member();
    Phrases phrases = Notice.phrasesOf(ctx);
    String post = ctx.formParam("post");
    String action = ctx.formParam("action");
    if (post == null || post.isBlank() || !("close".equals(action) || "renew".equals(action))) {
      ctx.status(400).html(render(phrases, phrases.get("wall.interest.gone"), List.of()));
      return;
    }
    String answer =
        "close".equals(action)
            ? core.closeFromWall(member, post, phrases)
            : core.renewFromWall(member, post, phrases);
    ctx.html(render(phrases, answer, List.of()));
  }

  private String render(Phrases phrases, String answer, List<WallInterest.OwnPost> choices) {
    return pages.render("interest.jte", Map.of("view", new InterestView(phrases, answer, choices)));
  }
}
