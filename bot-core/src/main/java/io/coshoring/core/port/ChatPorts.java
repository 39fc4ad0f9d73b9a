package io.coshoring.core.port;

import io.coshoring.core.space.Platform;
import io.coshoring.core.space.PlatformIds;
import java.util.EnumMap;
import java.util.Map;

/** The chat port of each platform the deployment runs, found by a member's or channel's id. */
public final class ChatPorts {

  private final Map<Platform, ChatPort> ports = new EnumMap<>(Platform.class);

  public ChatPorts register(Platform platform, ChatPort port) {
    ports.put(platform, port);
    return this;
  }

  /**
   * @throws DeliveryException when the id's platform is not running in this deployment
   */
  public ChatPort forId(String id) throws DeliveryException {
    ChatPort port = ports.get(PlatformIds.platformOf(id));
    if (port == null) {
      throw DeliveryException.temporary(
          "no " + PlatformIds.platformOf(id) + " connection is running", null);
    }
    return port;
  }
}
