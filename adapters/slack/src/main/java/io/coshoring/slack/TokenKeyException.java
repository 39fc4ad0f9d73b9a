package io.coshoring.slack;

/**
 * The Slack adapter will not start: the bot tokens in the database and the secret keys it was given
 * do not fit together. The message names the workspace and says which key it needs.
 */
public final class TokenKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TokenKeyException(String message) {
    super(message);
  }
}
