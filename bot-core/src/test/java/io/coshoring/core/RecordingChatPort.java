package io.coshoring.core;

import io.coshoring.core.port.ChatPort;
import io.coshoring.core.port.DeliveryException;
import io.coshoring.core.port.MessageRef;
import io.coshoring.core.port.OutgoingMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform that keeps what it is sent, one inbox per member, and recognizes a repeated
 * idempotency key as a real platform adapter would. It can be told to fail the next calls.
 */
final class RecordingChatPort implements ChatPort {

  private final Map<String, List<OutgoingMessage>> inboxes = new LinkedHashMap<>();
  private final Map<String, MessageRef> delivered = new LinkedHashMap<>();
  private final AtomicInteger failuresBeforeSend = new AtomicInteger();
  private final AtomicInteger failuresAfterSend = new AtomicInteger();
  private int nextId;

  @Override
  public synchronized MessageRef sendDirect(String memberId, OutgoingMessage message, String key)
      throws DeliveryException {
    if (failuresBeforeSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw DeliveryException.temporary("injected failure before sending", null);
    }
    MessageRef ref = delivered.get(key);
    if (ref == null) {
      ref = new MessageRef("dm:" + memberId, "m" + nextId++);
      delivered.put(key, ref);
      inboxes.computeIfAbsent(memberId, m -> new ArrayList<>()).add(message);
    }
    if (failuresAfterSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw DeliveryException.temporary("injected timeout after sending", null);
    }
    return ref;
  }

  @Override
  public MessageRef post(String channelId, OutgoingMessage message) {
    throw new IllegalStateException("not used by these tests");
  }

  @Override
  public void update(MessageRef where, OutgoingMessage message) {
    throw new IllegalStateException("not used by these tests");
  }

  @Override
  public void delete(MessageRef where) {
    throw new IllegalStateException("not used by these tests");
  }

  synchronized List<OutgoingMessage> inbox(String memberId) {
    return List.copyOf(inboxes.getOrDefault(memberId, List.of()));
  }

  void failBeforeSending(int times) {
    failuresBeforeSend.set(times);
  }

  void failAfterSending(int times) {
    failuresAfterSend.set(times);
  }
}
