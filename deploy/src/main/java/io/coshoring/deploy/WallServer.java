package io.coshoring.deploy;

import io.coshoring.core.CoshoringCore;
import io.coshoring.web.WallSettings;
import io.coshoring.web.WallSite;
import io.javalin.Javalin;
import java.time.Clock;

/**
 * The wall served beside the console shell, so that a demo shows the network in a browser too. When
 * the port is taken, the shell runs without it and says so.
 */
final class WallServer implements AutoCloseable {

  private final Javalin http;
  private final WallSite site;
  private final String failure;

  private WallServer(Javalin http, WallSite site, String failure) {
    this.http = http;
    this.site = site;
    this.failure = failure;
  }

  static WallServer start(CoshoringCore core, Settings.Http where, WallSettings settings) {
    WallSite[] mounted = new WallSite[1];
    Javalin http =
        Javalin.create(
            config -> mounted[0] = WallSite.mount(config, core, Clock.systemUTC(), settings));
    try {
      http.start(where.host(), where.port());
      return new WallServer(http, mounted[0], null);
    } catch (RuntimeException e) {
      mounted[0].close();
      return new WallServer(null, null, e.getMessage());
    }
  }

  String describe() {
    return failure == null
        ? "The wall: http://localhost:" + http.port() + "/"
        : "The wall is not served (" + failure + "); set COSHORING_HTTP_PORT to a free port.";
  }

  @Override
  public void close() {
    if (http != null) {
      site.close();
      http.stop();
    }
  }
}
