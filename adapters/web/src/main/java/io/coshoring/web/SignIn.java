package io.coshoring.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.Coshoring;
import io.coshoring.core.api.SignIns;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in to the wall with Slack or Discord, and out again. The {@code state} sent to the
 * provider is also kept in a short-lived cookie of the browser that asked, so that a sign-in can
 * only finish where it started: no one can sign a visitor in as someone else with a link.
 */
final class SignIn {

  static final String START = "/signin/{platform}";
  static final String CALLBACK = "/signin/{platform}/callback";
  static final String SIGN_OUT = "/signout";
  static final String STATE_COOKIE = "coshoring_signin";

  /** Time enough to sign in at the provider, not to keep a state lying around. */
  private static final Duration STATE_LIFETIME = Duration.ofMinutes(10);

  /** Sign-ins a browser's address may start or finish a minute: people, not scripts. */
  static final int PER_MINUTE = 10;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger log = LoggerFactory.getLogger(SignIn.class);

  private final SignIns signIns;
  private final SignInSettings settings;
  private final Map<String, SignInProvider> providers = new LinkedHashMap<>();
  private final Sessions sessions;
  private final Notice notice;
  private final RateLimiterConfig limit =
      RateLimiterConfig.custom()
          .limitForPeriod(PER_MINUTE)
          .limitRefreshPeriod(Duration.ofMinutes(1))
          .timeoutDuration(Duration.ZERO)
          .build();
  private final Cache<String, RateLimiter> limiters =
      Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(5)).maximumSize(100_000).build();

  private SignIn(Coshoring core, SignInSettings settings, Pages pages) {
    this.signIns = core.signIns();
    this.settings = settings;
    ProviderCalls calls = new ProviderCalls();
    if (settings.slack() != null) {
      providers.put(SlackSignIn.PLATFORM, new SlackSignIn(settings.slack(), calls));
    }
    if (settings.discord() != null) {
      providers.put(DiscordSignIn.PLATFORM, new DiscordSignIn(settings.discord(), calls));
    }
    this.notice = new Notice(pages);
    this.sessions = new Sessions(signIns, notice);
  }

  /**
   * Adds signing in, and what a signed-in member does on the wall, to a server being configured;
   * with no provider set, nothing: the wall stays read-only.
   */
  static void mount(JavalinConfig config, Coshoring core, SignInSettings settings, Pages pages) {
    if (settings.platforms().isEmpty()) {
      return;
    }
    SignIn signIn = new SignIn(core, settings, pages);
    for (String path : MembersOnly.GUARDED) {
      config.routes.before(path, signIn::findVisitor);
    }
    for (String path : new String[] {"/signin/*", SIGN_OUT}) {
      config.routes.before(path, SecurityHeaders::set);
    }
    config.routes.get(START, signIn.friendly(signIn::start));
    config.routes.get(CALLBACK, signIn.friendly(signIn::callback));
    config.routes.post(SIGN_OUT, signIn.friendly(signIn.sessions.guarded(signIn::signOut)));
    WallActions.mount(config, core, signIn.sessions, pages, signIn::friendly);
  }

  /** Who reads the page: the templates show them what they may do. */
  private void findVisitor(Context ctx) {
    Optional<SignIns.Session> session = sessions.of(ctx);
    session
        .map(
            found ->
                new Visitor(
                    found.member(),
                    found.name(),
                    found.csrfToken(),
                    settings.platforms(),
                    found.spaceAdmin() ? found.member().space().id() : null))
        .orElseGet(() -> new Visitor(null, null, null, settings.platforms(), null))
        .attachTo(ctx);
  }

  private void start(Context ctx) {
    SignInProvider provider = providers.get(ctx.pathParam("platform"));
    if (provider == null) {
      notice.show(ctx, 404, "wall.signin.failed.title", "wall.signin.failed.text");
      return;
    }
    if (!permitted(ctx)) {
      return;
    }
    String state = randomState();
    Sessions.cookie(
        ctx, STATE_COOKIE, provider.platform() + "." + state, STATE_LIFETIME.toSeconds());
    ctx.redirect(provider.authorize(state, redirectUri(provider)).toString(), HttpStatus.FOUND);
  }

  private void callback(Context ctx) {
    SignInProvider provider = providers.get(ctx.pathParam("platform"));
    if (provider == null || !permitted(ctx)) {
      if (provider == null) {
        notice.show(ctx, 404, "wall.signin.failed.title", "wall.signin.failed.text");
      }
      return;
    }
    String expected = ctx.cookie(STATE_COOKIE);
    // Used once: whatever comes of it, the state is spent.
    Sessions.cookie(ctx, STATE_COOKIE, "", 0);
    String state = ctx.queryParam("state");
    String code = ctx.queryParam("code");
    if (code == null
        || state == null
        || !Sessions.same(provider.platform() + "." + state, expected == null ? "" : expected)) {
      notice.show(ctx, 400, "wall.signin.failed.title", "wall.signin.failed.text");
      return;
    }
    SignInProvider.Identity identity;
    try {
      identity = provider.identify(code, redirectUri(provider));
    } catch (SignInProvider.SignInFailure e) {
      log.warn("{} sign-in failed: {}", provider.platform(), e.getMessage());
      notice.show(ctx, 400, "wall.signin.failed.title", "wall.signin.failed.text");
      return;
    }
    Optional<MemberRef> member =
        signIns.memberOf(provider.platform(), identity.space(), identity.user());
    if (member.isEmpty()) {
      notice.show(ctx, 403, "wall.signin.unknown.title", "wall.signin.unknown.text");
      return;
    }
    sessions.start(ctx, signIns.open(member.get()));
    ctx.redirect(WallSite.PAGE, HttpStatus.SEE_OTHER);
  }

  private void signOut(Context ctx) {
    sessions.end(ctx, Sessions.current(ctx));
    ctx.redirect(WallSite.PAGE, HttpStatus.SEE_OTHER);
  }

  private boolean permitted(Context ctx) {
    if (limiters.get(ctx.ip(), ip -> RateLimiter.of(ip, limit)).acquirePermission()) {
      return true;
    }
    notice.show(ctx, 429, "wall.tooMany.title", "wall.tooMany.text");
    return false;
  }

  private String redirectUri(SignInProvider provider) {
    return settings.publicUrl() + CALLBACK.replace("{platform}", provider.platform());
  }

  private static String randomState() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A failure says so politely, and never shows a trace. */
  private Handler friendly(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (RuntimeException e) {
        log.error("the wall could not answer {}", ctx.path(), e);
        notice.show(ctx, 500, "wall.error.title", "wall.error.text");
      }
    };
  }
}
