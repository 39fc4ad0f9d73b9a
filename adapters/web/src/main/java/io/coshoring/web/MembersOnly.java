package io.coshoring.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * A wall for members only: its pages, cards, live updates and activity answer a reader who is not
 * signed in with a page that invites them to sign in, or says the wall is for members when the
 * deployment offers no sign-in. The cards and the stream answer it too, with its status, so that a
 * page left open after signing out stops following the wall.
 */
final class MembersOnly {

  static final List<String> GUARDED =
      List.of(WallSite.PAGE, WallSite.CARDS, WallSite.EVENTS, ActivityPage.PATH);

  private final Pages pages;

  private MembersOnly(Pages pages) {
    this.pages = pages;
  }

  /** Guards the pages; called after sign-in has added its own, which finds who reads. */
  static void mount(JavalinConfig config, Pages pages) {
    MembersOnly guard = new MembersOnly(pages);
    for (String path : GUARDED) {
      config.routes.before(path, guard::admit);
    }
  }

  private void admit(Context ctx) {
    Visitor visitor = Visitor.of(ctx);
    if (visitor.signedIn()) {
      return;
    }
    ctx.status(401)
        .html(
            pages.render(
                "members.jte",
                Map.of("phrases", Notice.phrasesOf(ctx), "signInWith", visitor.signInWith())))
        .skipRemainingHandlers();
  }
}
