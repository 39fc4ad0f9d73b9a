package io.coshoring.web;

import io.coshoring.core.api.SignIns;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A member's session in their browser: a cookie no script can read ({@code HttpOnly}), sent only
 * over HTTPS ({@code Secure}; browsers count http://127.0.0.1 and localhost as secure, so tests on
 * them keep it) and not with other sites' forms ({@code SameSite=Lax}). Every form of a session
 * also sends back its CSRF token, as a field or as htmx's header.
 */
final class Sessions {

  static final String COOKIE = "coshoring_session";
  static final String CSRF_FIELD = "csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";

  private static final String ATTRIBUTE = "coshoring.session";

  private final SignIns signIns;
  private final Notice notice;

  Sessions(SignIns signIns, Notice notice) {
    this.signIns = signIns;
    this.notice = notice;
  }

  Optional<SignIns.Session> of(Context ctx) {
    return signIns.find(ctx.cookie(COOKIE));
  }

  void start(Context ctx, SignIns.Session session) {
    // A sign-in always starts a new session: one an attacker planted before it is worth nothing.
    signIns.close(ctx.cookie(COOKIE));
    long seconds = Duration.between(Instant.now(), session.expiresAt()).toSeconds();
    cookie(ctx, COOKIE, session.token(), seconds);
  }

  void end(Context ctx, SignIns.Session session) {
    signIns.close(session.token());
    cookie(ctx, COOKIE, "", 0);
  }

  /**
   * The handler, run only for a signed-in member whose form carries their session's token; anyone
   * else is told politely, and nothing is done.
   */
  Handler guarded(Handler handler) {
    return ctx -> {
      Optional<SignIns.Session> session = of(ctx);
      if (session.isEmpty()) {
        notice.show(ctx, 401, "wall.signin.needed", "wall.signin.intro");
        return;
      }
      String sent = ctx.header(CSRF_HEADER);
      if (sent == null) {
        sent = ctx.formParam(CSRF_FIELD);
      }
      if (!same(sent, session.get().csrfToken())) {
        notice.show(ctx, 403, "wall.form.expired.title", "wall.form.expired.text");
        return;
      }
      ctx.attribute(ATTRIBUTE, session.get());
      handler.handle(ctx);
    };
  }

  /** The session {@link #guarded} found for this request. */
  static SignIns.Session current(Context ctx) {
    return ctx.attribute(ATTRIBUTE);
  }

  static void cookie(Context ctx, String name, String value, long maxAgeSeconds) {
    ctx.res()
        .addHeader(
            "Set-Cookie",
            name
                + "="
                + value
                + "; Path=/; Max-Age="
                + Math.max(0, maxAgeSeconds)
                + "; HttpOnly; Secure; SameSite=Lax");
  }

  /** Compared in constant time: how long it takes says nothing of the token. */
  static boolean same(String sent, String expected) {
    return sent != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
