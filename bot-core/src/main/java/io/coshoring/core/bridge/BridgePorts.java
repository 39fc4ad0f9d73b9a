package io.coshoring.core.bridge;

import io.coshoring.core.port.DeliveryException;
import io.coshoring.core.space.Platform;
import io.coshoring.core.space.PlatformIds;
import java.util.EnumMap;
import java.util.Map;

/** The bridge port of each platform the deployment runs, found by a channel's id. */
public final class BridgePorts {

  private final Map<Platform, BridgePort> ports = new EnumMap<>(Platform.class);

  public synchronized BridgePorts register(Platform platform, BridgePort port) {
    ports.put(platform, port);
    return this;
  }

  /** Whether channels of this platform can be bridged in this deployment. */
  public synchronized boolean supports(String channelId) {
    return ports.containsKey(PlatformIds.platformOf(channelId));
  }

  /**
   * @throws DeliveryException when the channel's platform is not running in this deployment
   */
  synchronized BridgePort forChannel(String channelId) throws DeliveryException {
    BridgePort port = ports.get(PlatformIds.platformOf(channelId));
    if (port == null) {
      throw DeliveryException.temporary(
          "no " + PlatformIds.platformOf(channelId) + " connection is running", null);
    }
    return port;
  }
}
