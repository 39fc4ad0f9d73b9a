package io.coshoring.web;

import io.javalin.http.Context;

/**
 * What every answer of the site tells the browser: run only our own scripts and styles, frame the
 * site nowhere, guess no content type, and leak no address to other sites.
 */
final class SecurityHeaders {

  static final String POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void set(Context ctx) {
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
  }
}
