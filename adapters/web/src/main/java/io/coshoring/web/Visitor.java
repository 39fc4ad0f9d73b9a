package io.coshoring.web;

import io.coshoring.core.adapter.MemberRef;
import io.javalin.http.Context;
import java.util.List;

/**
 * Who reads a page: a signed-in member (who they are, their name, the token their forms send back,
 * and the space they administer, if any), or someone who may sign in with the platforms offered.
 *
 * @param adminOf the id of the member's space when it lists them as its admin, else null
 */
record Visitor(
    MemberRef member, String name, String csrfToken, List<String> signInWith, String adminOf) {

  private static final String ATTRIBUTE = "coshoring.visitor";

  static final Visitor READER = new Visitor(null, null, null, List.of(), null);

  boolean signedIn() {
    return name != null;
  }

  void attachTo(Context ctx) {
    ctx.attribute(ATTRIBUTE, this);
  }

  /** The visitor the sign-in found for this request, else a reader who cannot sign in. */
  static Visitor of(Context ctx) {
    Visitor visitor = ctx.attribute(ATTRIBUTE);
    return visitor == null ? READER : visitor;
  }
}
