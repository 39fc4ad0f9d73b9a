package io.coshoring.deploy;

/** A setting is missing or malformed; the message names it and says what it should be. */
final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SettingsException(String message) {
    super(message);
  }
}
