package io.coshoring.web;

import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.FormRejected;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.Outcome;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.SignIns;
import io.coshoring.matching.PostKind;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Posting an offer or a demand from the wall: the chat modals' form as a page, for a signed-in
 * member, published through the core as the modals are. It speaks the member's language, as the
 * core's errors do, so that labels and errors agree.
 */
final class PostPage {

  static final String PATH = "/wall/post";

  private final Coshoring core;
  private final Sessions sessions;
  private final Pages pages;
  private final Notice notice;

  private PostPage(Coshoring core, Sessions sessions, Pages pages) {
    this.core = core;
    this.sessions = sessions;
    this.pages = pages;
    this.notice = new Notice(pages);
  }

  static void mount(
      JavalinConfig config,
      Coshoring core,
      Sessions sessions,
      Pages pages,
      UnaryOperator<Handler> friendly) {
    PostPage page = new PostPage(core, sessions, pages);
    config.routes.before(PATH, SecurityHeaders::set);
    config.routes.get(PATH, friendly.apply(page::form));
    config.routes.post(PATH, friendly.apply(sessions.guarded(page::post)));
  }

  private void form(Context ctx) {
    Optional<SignIns.Session> session = sessions.of(ctx);
    if (session.isEmpty()) {
      notice.show(ctx, 401, "wall.signin.needed", "wall.signin.intro");
      return;
    }
    PostKind kind = "demand".equals(ctx.queryParam("kind")) ? PostKind.DEMAND : PostKind.OFFER;
    show(ctx, session.get(), kind, Map.of(), Map.of());
  }

  private void post(Context ctx) {
    SignIns.Session session = Sessions.current(ctx);
    PostKind kind = "demand".equals(ctx.formParam("kind")) ? PostKind.DEMAND : PostKind.OFFER;
    Map<PostForm.Field, String> values = new EnumMap<>(PostForm.Field.class);
    for (PostForm.Field field : PostForm.Field.values()) {
      String value = ctx.formParam(PostFormView.name(field));
      if (value != null) {
        values.put(field, value);
      }
    }
    PostForm form =
        new PostForm(
            kind,
            values.get(PostForm.Field.DESCRIPTION),
            values.get(PostForm.Field.SKILLS),
            values.get(PostForm.Field.PRICE),
            values.get(PostForm.Field.PLACE),
            values.get(PostForm.Field.CITY),
            values.get(PostForm.Field.UNTIL),
            values.get(PostForm.Field.VISIBILITY),
            values.get(PostForm.Field.OVERLAP));
    MemberRef member = session.member();
    // No locale: the page does not change the one the member's platform recorded.
    InboundCommand who =
        new InboundCommand(
            member,
            session.name(),
            null,
            false,
            "/" + kind.name().toLowerCase(Locale.ROOT),
            "",
            null);
    Outcome outcome = core.submit(who, form);
    if (outcome instanceof FormRejected rejected) {
      ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
      show(ctx, session, kind, values, rejected.errors());
      return;
    }
    // The new card reaches the wall live; the wall is where the member sees it.
    ctx.redirect(WallSite.PAGE, HttpStatus.SEE_OTHER);
  }

  private void show(
      Context ctx,
      SignIns.Session session,
      PostKind kind,
      Map<PostForm.Field, String> values,
      Map<PostForm.Field, String> errors) {
    PostFormView view =
        new PostFormView(
            core.phrasesFor(session.member(), null), kind, values, errors, session.csrfToken());
    ctx.html(pages.render("post.jte", Map.of("view", view)));
  }
}
