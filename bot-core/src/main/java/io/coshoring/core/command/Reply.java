package io.coshoring.core.command;

import io.coshoring.core.port.OutgoingMessage;

/** The bot's answer to a command; ephemeral when only the caller should see it. */
public record Reply(OutgoingMessage message, boolean ephemeral) {

  public static Reply privately(String text) {
    return new Reply(OutgoingMessage.text(text), true);
  }

  public static Reply privately(OutgoingMessage message) {
    return new Reply(message, true);
  }
}
