package io.coshoring.web;

import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.javalin.http.Context;
import java.util.Map;

/** A page that says one thing politely, in the reader's language: a refusal, an error. */
final class Notice {

  private final Pages pages;

  Notice(Pages pages) {
    this.pages = pages;
  }

  void show(Context ctx, int status, String titleKey, String textKey) {
    Phrases phrases = phrasesOf(ctx);
    ctx.status(status)
        .html(
            pages.render(
                "error.jte",
                Map.of(
                    "lang", phrases.language().code(),
                    "dir", phrases.language().rightToLeft() ? "rtl" : "ltr",
                    "title", phrases.get(titleKey),
                    "text", phrases.get(textKey))));
  }

  static Phrases phrasesOf(Context ctx) {
    return Phrasebook.standard()
        .in(PageLanguage.of(ctx.queryParam("hl"), ctx.header("Accept-Language")));
  }
}
