package io.coshoring.web;

import io.coshoring.core.api.Activity;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network's activity ({@code /activity}): its weeks as bar charts and a table, and who works
 * with whom across spaces as a picture and a table. Anyone can read it, unless the wall is for
 * members only: it counts, and names only spaces that share with the network. A signed-in admin of
 * a space reads their space's own figures on it too.
 */
final class ActivityPage {

  static final String PATH = "/activity";

  /** About a quarter: enough to see a trend, few enough bars to read each week. */
  static final int WEEKS = 12;

  private static final Logger log = LoggerFactory.getLogger(ActivityPage.class);

  private final Activity activity;
  private final Pages pages;

  private ActivityPage(Activity activity, Pages pages) {
    this.activity = activity;
    this.pages = pages;
  }

  /** Adds the page to a server being configured, beside the wall. */
  static void mount(JavalinConfig config, Coshoring core, Pages pages) {
    ActivityPage page = new ActivityPage(core.activity(), pages);
    config.routes.before(PATH, SecurityHeaders::set);
    config.routes.get(PATH, page::show);
  }

  private void show(Context ctx) {
    Phrases phrases =
        Phrasebook.standard()
            .in(PageLanguage.of(ctx.queryParam("hl"), ctx.header("Accept-Language")));
    try {
      String adminOf = Visitor.of(ctx).adminOf();
      ActivityView view =
          ActivityView.of(
              activity.network(WEEKS),
              adminOf == null ? Optional.empty() : activity.ofSpace(adminOf, WEEKS),
              WEEKS,
              phrases);
      ctx.html(pages.render("activity.jte", Map.of("view", view)));
    } catch (RuntimeException e) {
      // As the wall's pages fail: politely, in the reader's language, never with a trace.
      log.error("the activity page could not be shown", e);
      new Notice(pages).show(ctx, 500, "wall.error.title", "wall.error.text");
    }
  }
}
