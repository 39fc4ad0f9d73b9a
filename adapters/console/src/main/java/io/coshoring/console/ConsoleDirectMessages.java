package io.coshoring.console;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The console's direct messages: each member has an inbox, and each button gets a number to type
 * with {@code :click}. A repeated idempotency key is recognized and not delivered twice.
 */
final class ConsoleDirectMessages {

  private final Map<String, List<String>> inboxes = new HashMap<>();
  private final Map<String, MessageRef> delivered = new HashMap<>();
  private final Map<Integer, PendingClick> buttons = new LinkedHashMap<>();
  private final BiConsumer<String, String> onMessage;
  private int nextButton = 1;
  private int nextMessage = 1;

  /**
   * @param onMessage told of each new message: the member id and the rendered text
   */
  ConsoleDirectMessages(BiConsumer<String, String> onMessage) {
    this.onMessage = onMessage;
  }

  MessageRef send(MemberRef member, OutgoingMessage message, String idempotencyKey) {
    String memberId = member.id();
    String text;
    MessageRef ref;
    synchronized (this) {
      MessageRef known = delivered.get(idempotencyKey);
      if (known != null) {
        return known;
      }
      ref = new MessageRef(ConsoleMember.directChannel(member), "msg" + nextMessage++);
      delivered.put(idempotencyKey, ref);
      text = withButtons(memberId, ref, message);
      inboxes.computeIfAbsent(memberId, m -> new ArrayList<>()).add(text);
    }
    onMessage.accept(memberId, text);
    return ref;
  }

  synchronized List<String> inbox(String memberId) {
    return List.copyOf(inboxes.getOrDefault(memberId, List.of()));
  }

  /** The button with that number, if it was shown to {@code memberId}. */
  synchronized Optional<PendingClick> button(int number, String memberId) {
    PendingClick click = buttons.get(number);
    return click != null && click.memberId().equals(memberId)
        ? Optional.of(click)
        : Optional.empty();
  }

  /** Takes away every button of a message once one of them was clicked. */
  synchronized void answered(MessageRef message) {
    buttons.values().removeIf(click -> click.message().equals(message));
  }

  private String withButtons(String memberId, MessageRef ref, OutgoingMessage message) {
    StringBuilder text = new StringBuilder(ConsoleRenderer.render(message));
    if (!message.buttons().isEmpty()) {
      text.append("\n ");
      for (Button button : message.buttons()) {
        int number = nextButton++;
        buttons.put(number, new PendingClick(memberId, button.actionId(), ref));
        text.append(" [:click ").append(number).append("] ").append(button.label());
      }
    }
    return text.toString();
  }

  /** A button shown to a member, waiting to be clicked. */
  record PendingClick(String memberId, String actionId, MessageRef message) {}
}
