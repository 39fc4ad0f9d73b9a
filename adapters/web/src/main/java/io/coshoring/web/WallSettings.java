package io.coshoring.web;

import java.util.Objects;

/**
 * How the deployment serves the wall: who may read it, and who can sign in to it.
 *
 * @param access whether anyone reads the wall and the network's activity, or members only
 */
public record WallSettings(Access access, SignInSettings signIn) {

  /** A wall anyone reads, with no signing in. */
  public static final WallSettings PUBLIC = new WallSettings(Access.PUBLIC, SignInSettings.NONE);

  /**
   * Who reads the wall's pages. A space's lobby screen stays public either way: it is shown on a
   * display in the lobby, which cannot sign in, and it shows only what spaces share with the
   * network.
   */
  public enum Access {
    PUBLIC,
    /** Only members signed in with their platform; anyone else is asked to sign in. */
    MEMBERS
  }

  public WallSettings {
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(signIn, "signIn");
  }
}
