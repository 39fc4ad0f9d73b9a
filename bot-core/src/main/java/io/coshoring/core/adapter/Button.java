package io.coshoring.core.adapter;

/**
 * A button on a message. Clicking it comes back as a {@link ButtonClick} carrying {@code actionId},
 * which names the action and its subject, as in {@code match:interested:m42}.
 */
public record Button(String actionId, String label, Style style) {

  public enum Style {
    PRIMARY,
    NEUTRAL,
    DANGER
  }
}
