package io.coshoring.slack;

import com.slack.api.model.Message;
import java.util.Map;

/**
 * The key a message carries in its metadata, so that an attempt that may repeat one Slack took,
 * unrecorded, can read the channel back and find it: Slack takes no idempotency key.
 */
final class KeyedMetadata {

  static final String KEY = "key";

  private KeyedMetadata() {}

  static Message.Metadata of(String eventType, String key) {
    return new Message.Metadata(eventType, Map.of(KEY, key));
  }

  static boolean carries(Message message, String eventType, String key) {
    Message.Metadata metadata = message.getMetadata();
    return metadata != null
        && eventType.equals(metadata.getEventType())
        && metadata.getEventPayload() != null
        && key.equals(metadata.getEventPayload().get(KEY));
  }
}
