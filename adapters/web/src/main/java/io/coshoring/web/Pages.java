package io.coshoring.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** The wall's templates, compiled with the module: rendering needs no compiler at run time. */
final class Pages {

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(null, ContentType.Html, null, Pages.class.getPackageName());

  String render(String template, Map<String, Object> params) {
    StringOutput output = new StringOutput();
    engine.render(template, params, output);
    return output.toString();
  }
}
