package io.coshoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Where the pages load htmx from: its WebJars, at the versions the build resolved. */
final class Scripts {

  static final String HTMX;
  static final String HTMX_SSE;

  static {
    Properties versions = new Properties();
    try (InputStream in = Scripts.class.getResourceAsStream("webjars.properties")) {
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("the wall's webjars.properties cannot be read", e);
    }
    HTMX = "/webjars/htmx.org/" + versions.getProperty("htmx") + "/dist/htmx.min.js";
    HTMX_SSE = "/webjars/htmx-ext-sse/" + versions.getProperty("htmx-sse") + "/sse.js";
  }

  private Scripts() {}
}
