package io.coshoring.core.api;

import io.coshoring.core.adapter.OutgoingMessage;

/** The bot's answer to a command or a click; ephemeral when only the caller should see it. */
public record Reply(OutgoingMessage message, boolean ephemeral) implements Outcome {

  public static Reply privately(String text) {
    return new Reply(OutgoingMessage.text(text), true);
  }

  public static Reply privately(OutgoingMessage message) {
    return new Reply(message, true);
  }
}
