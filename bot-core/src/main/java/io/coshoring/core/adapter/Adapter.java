package io.coshoring.core.adapter;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A surface members reach the network through: Slack, Discord, the console shell. Every adapter can
 * start, stop and deliver a direct message; what else it can do (write into a bridged channel, open
 * a project room) it offers as an {@link #ability}, which the core asks for when it needs it.
 * Inbound, an adapter hands what members do to the core's {@code api.Coshoring}, and renders what
 * comes back.
 */
public interface Adapter extends AutoCloseable {

  /** The prefix of every reference of this platform: {@code slack}, as in {@code slack:T1}. */
  String platform();

  /** Connects to the platform, or gets ready to take its requests. */
  void start();

  /** Stops taking requests, finishing for a while the work already taken. */
  @Override
  void close();

  /**
   * Sends a direct message to a member; a failure says whether it is worth retrying. {@code
   * delivery} names the notification the same way on every attempt, so that an adapter whose
   * platform can tell a repeat keeps it from showing twice.
   */
  MessageRef sendDirect(MemberRef member, OutgoingMessage message, Delivery delivery)
      throws DeliveryException;

  /**
   * The parts of the adapter that offer optional abilities ({@link ChannelWriter}, {@link
   * RoomOpener}), for the core to find by type; the adapter itself counts when it implements one.
   */
  default List<Object> abilities() {
    return List.of();
  }

  /** One of the optional abilities, if this adapter has it. */
  default <T> Optional<T> ability(Class<T> ability) {
    return Stream.concat(Stream.of(this), abilities().stream())
        .filter(ability::isInstance)
        .map(ability::cast)
        .findFirst();
  }
}
