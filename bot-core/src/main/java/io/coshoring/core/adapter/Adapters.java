package io.coshoring.core.adapter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The adapters a deployment runs, one a platform, found by the platform a reference names. */
public final class Adapters {

  private final Map<String, Adapter> byPlatform = new ConcurrentHashMap<>();
  private final List<Adapter> inOrder = new CopyOnWriteArrayList<>();

  /**
   * @throws IllegalArgumentException when an adapter of the same platform is registered already
   */
  public void register(Adapter adapter) {
    if (byPlatform.putIfAbsent(adapter.platform(), adapter) != null) {
      throw new IllegalArgumentException("two adapters for " + adapter.platform());
    }
    inOrder.add(adapter);
  }

  /** Every adapter, in the order they were registered. */
  public List<Adapter> all() {
    return List.copyOf(inOrder);
  }

  /**
   * @throws DeliveryException when the platform is not running in this deployment: temporary, as it
   *     may be started again
   */
  public Adapter of(String platform) throws DeliveryException {
    Adapter adapter = byPlatform.get(platform);
    if (adapter == null) {
      throw DeliveryException.temporary("no " + platform + " connection is running", null);
    }
    return adapter;
  }

  /**
   * The platform's adapter's ability.
   *
   * @throws DeliveryException when the platform is not running or cannot do it
   */
  public <T> T ability(String platform, Class<T> ability) throws DeliveryException {
    return of(platform)
        .ability(ability)
        .orElseThrow(
            () ->
                DeliveryException.permanent(
                    platform + " cannot " + describe(ability) + " in this deployment", null));
  }

  /** The ability, when the platform runs here and has it. */
  public <T> Optional<T> abilityIfAny(String platform, Class<T> ability) {
    Adapter adapter = byPlatform.get(platform);
    return adapter == null ? Optional.empty() : adapter.ability(ability);
  }

  /** Whether the platform runs here and has the ability. */
  public boolean can(String platform, Class<?> ability) {
    return abilityIfAny(platform, ability).isPresent();
  }

  private static String describe(Class<?> ability) {
    return ability == ChannelWriter.class
        ? "write into bridged channels"
        : ability == RoomOpener.class ? "open project rooms" : "do that";
  }
}
