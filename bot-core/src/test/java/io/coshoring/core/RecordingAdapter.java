package io.coshoring.core;

import io.coshoring.core.adapter.Adapter;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.Replier;
import io.coshoring.core.adapter.RoomOpener;
import io.coshoring.core.adapter.SpaceRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform that keeps what it is sent, one inbox per member, and recognizes a repeated
 * idempotency key as a real platform adapter would. It can be told to fail the next calls. It opens
 * project rooms, though it cannot write in them.
 */
final class RecordingAdapter implements Adapter, Replier, RoomOpener {

  private final Map<String, List<OutgoingMessage>> inboxes = new LinkedHashMap<>();
  private final Map<String, MessageRef> delivered = new LinkedHashMap<>();
  private final AtomicInteger failuresBeforeSend = new AtomicInteger();
  private final AtomicInteger failuresAfterSend = new AtomicInteger();
  private int nextId;

  @Override
  public String platform() {
    return "console";
  }

  @Override
  public void start() {}

  @Override
  public void close() {}

  @Override
  public synchronized MessageRef sendDirect(
      MemberRef member, OutgoingMessage message, Delivery delivery) throws DeliveryException {
    String memberId = member.id();
    String key = delivery.idempotencyKey();
    if (failuresBeforeSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw DeliveryException.temporary("injected failure before sending", null);
    }
    MessageRef ref = delivered.get(key);
    if (ref == null) {
      ref = new MessageRef(new ChannelRef("console", "dm-" + memberId), "m" + nextId++);
      delivered.put(key, ref);
      inboxes.computeIfAbsent(memberId, m -> new ArrayList<>()).add(message);
    }
    if (failuresAfterSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw DeliveryException.temporary("injected timeout after sending", null);
    }
    return ref;
  }

  @Override
  public synchronized ChannelRef openRoom(SpaceRef space, String name, List<MemberRef> members) {
    return new ChannelRef("console", space.local() + "#" + name + "-" + nextId++);
  }

  /** Answers to requests, by where they were to go. */
  private final Map<String, List<OutgoingMessage>> replies = new LinkedHashMap<>();

  @Override
  public synchronized void reply(MemberRef member, String replyTo, OutgoingMessage message) {
    replies.computeIfAbsent(replyTo, r -> new ArrayList<>()).add(message);
    notifyAll();
  }

  /** Waits for the answers to a request, and returns them all. */
  synchronized List<OutgoingMessage> awaitReplies(String replyTo, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!replies.containsKey(replyTo)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no answer to " + replyTo + " within " + timeout);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return List.copyOf(replies.get(replyTo));
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
