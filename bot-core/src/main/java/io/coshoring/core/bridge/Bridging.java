package io.coshoring.core.bridge;

import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.storage.SeenEvents;
import java.time.Clock;
import java.time.Duration;

/** The bridge side of the core, built in one place: storage, the relay, and its delivery. */
public final class Bridging implements AutoCloseable {

  private final BridgeStore store;
  private final BridgePorts ports = new BridgePorts();
  private final Relay relay;
  private final RelayDispatcher dispatcher;

  public Bridging(
      Database database, SpaceStore spaces, SeenEvents seen, Clock clock, Duration firstRetry) {
    this.store = new BridgeStore(database);
    BridgeCopies copies = new BridgeCopies();
    RelayQueue queue = new RelayQueue();
    this.dispatcher = new RelayDispatcher(database, queue, copies, ports, clock, firstRetry);
    this.relay = new Relay(database, store, spaces, seen, copies, queue, clock, dispatcher::wake);
  }

  /** Where adapters hand the message events of bridged channels. */
  public Relay relay() {
    return relay;
  }

  /** Where adapters register how they write into a bridged channel. */
  public BridgePorts ports() {
    return ports;
  }

  public BridgeStore store() {
    return store;
  }

  public void start() {
    dispatcher.start();
  }

  @Override
  public void close() {
    dispatcher.close();
  }
}
