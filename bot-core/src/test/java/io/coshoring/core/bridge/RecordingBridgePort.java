package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Adapter;
import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.AttachmentReader;
import io.coshoring.core.adapter.AttachmentSource;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.ChannelWriter;
import io.coshoring.core.adapter.CopyDelivery;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Emoji;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.language.Phrases;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A platform that records what the relay writes into each channel, and can fail: a number of times
 * in a row with a retryable error, for good, or slowly, channel by channel. Like Slack, it keeps
 * each copy's key with it, and an attempt that may repeat an earlier one finds that one by its key.
 */
final class RecordingBridgePort implements Adapter, ChannelWriter, AttachmentReader {

  record Written(String action, String channel, List<String> ids, String text, String replyTo) {}

  private final List<Written> written = new ArrayList<>();
  private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
  private final Map<String, Boolean> broken = new ConcurrentHashMap<>();
  private final Map<String, Duration> slow = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<String, List<String>> byKey = new ConcurrentHashMap<>();

  void failNext(String channel, int times) {
    failures.put(channel, new AtomicInteger(times));
  }

  void breakFor(String channel) {
    broken.put(channel, true);
  }

  void mend(String channel) {
    broken.remove(channel);
  }

  void slowDown(String channel, Duration delay) {
    slow.put(channel, delay);
  }

  synchronized List<Written> in(String channel) {
    return written.stream().filter(w -> w.channel().equals(channel)).toList();
  }

  synchronized List<String> textsIn(String channel) {
    return in(channel).stream().filter(w -> w.action().equals("post")).map(Written::text).toList();
  }

  @Override
  public String platform() {
    return "console";
  }

  /** A file posted in a channel holds the words of its location. */
  @Override
  public InputStream open(ChannelRef channel, Attachment attachment) {
    return new ByteArrayInputStream(attachment.location().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void start() {}

  @Override
  public void close() {}

  @Override
  public MessageRef sendDirect(MemberRef member, OutgoingMessage message, Delivery delivery) {
    throw new IllegalStateException("the relay sends no direct message");
  }

  @Override
  public List<String> post(
      ChannelRef channel,
      RelayedMessage message,
      String replyTo,
      CopyDelivery delivery,
      Phrases notes,
      AttachmentSource files)
      throws DeliveryException {
    String channelId = channel.id();
    check(channelId);
    List<String> earlier = byKey.get(channelId + "/" + delivery.key());
    if (earlier != null && delivery.mayHaveBeenPostedBefore()) {
      return earlier;
    }
    String id = "m" + ids.incrementAndGet();
    StringBuilder text = new StringBuilder(message.text().plain());
    for (Attachment attachment : message.attachments()) {
      try (InputStream in = files.open(attachment)) {
        text.append(" [")
            .append(attachment.name())
            .append(": ")
            .append(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .append("]");
      } catch (IOException e) {
        throw DeliveryException.temporary("cannot read " + attachment.name(), e);
      }
    }
    record(new Written("post", channelId, List.of(id), text.toString(), replyTo));
    byKey.put(channelId + "/" + delivery.key(), List.of(id));
    return List.of(id);
  }

  @Override
  public void edit(ChannelRef channel, List<String> messageIds, RelayedMessage message)
      throws DeliveryException {
    check(channel.id());
    record(new Written("edit", channel.id(), messageIds, message.text().plain(), null));
  }

  @Override
  public void delete(ChannelRef channel, List<String> messageIds) throws DeliveryException {
    check(channel.id());
    record(new Written("delete", channel.id(), messageIds, null, null));
  }

  @Override
  public void react(ChannelRef channel, String messageId, Emoji emoji) throws DeliveryException {
    check(channel.id());
    record(new Written("react", channel.id(), List.of(messageId), emoji.key(), null));
  }

  @Override
  public void unreact(ChannelRef channel, String messageId, Emoji emoji) throws DeliveryException {
    check(channel.id());
    record(new Written("unreact", channel.id(), List.of(messageId), emoji.key(), null));
  }

  private void check(String channel) throws DeliveryException {
    Duration delay = slow.get(channel);
    if (delay != null) {
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (broken.containsKey(channel)) {
      throw DeliveryException.permanent("channel_not_found", null);
    }
    AtomicInteger left = failures.get(channel);
    if (left != null && left.getAndDecrement() > 0) {
      throw DeliveryException.temporary("HTTP 503", null);
    }
  }

  private synchronized void record(Written write) {
    written.add(write);
    notifyAll();
  }

  /** Waits for a condition; it is checked as writes arrive, and every 50 ms for the others. */
  synchronized void await(java.util.function.BooleanSupplier done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("not done within " + timeout + "; written: " + written);
      }
      try {
        wait(Math.max(1, Math.min(50, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
