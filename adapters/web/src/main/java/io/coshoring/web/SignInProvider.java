package io.coshoring.web;

import java.net.URI;

/** A platform members sign in with: where to send them, and who they are once back. */
interface SignInProvider {

  /** The platform's prefix in member ids: {@code slack}, {@code discord}. */
  String platform();

  /** The provider's page that asks the member to let the wall know who they are. */
  URI authorize(String state, String redirectUri);

  /**
   * Who the member is, from the code the provider sent them back with.
   *
   * @throws SignInFailure when the provider refuses the code or answers something unreadable
   */
  Identity identify(String code, String redirectUri);

  /**
   * A user of the platform.
   *
   * @param space the space the provider says they signed in to (Slack's team), or null
   */
  record Identity(String space, String user) {}

  /** The provider did not say who the member is; the reason is for the logs. */
  final class SignInFailure extends RuntimeException {
    SignInFailure(String reason) {
      super(reason);
    }

    SignInFailure(String reason, Throwable cause) {
      super(reason, cause);
    }
  }
}
