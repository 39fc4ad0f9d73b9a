package io.coshoring.deploy;

import io.javalin.config.JavalinConfig;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code /health/live} and {@code /health/ready}, for an orchestrator or a Docker healthcheck.
 * Ready means the engine holds every open post and the platforms are connected; until then, and
 * once a stop has begun, the platforms' routes answer 503 so that nothing is taken that cannot be
 * served.
 */
final class Health {

  static final String LIVE = "/health/live";
  static final String READY = "/health/ready";

  private final AtomicBoolean ready = new AtomicBoolean();

  /**
   * @param gated the path prefixes of platform routes, closed while not ready
   */
  void mount(JavalinConfig config, String... gated) {
    config.routes.get(LIVE, ctx -> ctx.result("live"));
    config.routes.get(
        READY,
        ctx -> ctx.status(ready.get() ? 200 : 503).result(ready.get() ? "ready" : "not ready"));
    for (String prefix : gated) {
      config.routes.before(
          prefix + "*",
          ctx -> {
            if (!ready.get()) {
              // Slack retries an event it got a 5xx for; a command shows the member an error.
              ctx.status(503).result("coshoring is starting or stopping; try again in a moment");
              ctx.skipRemainingHandlers();
            }
          });
    }
  }

  void ready(boolean now) {
    ready.set(now);
  }
}
