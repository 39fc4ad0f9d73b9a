package io.coshoring.slack.fake;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode endpoint on a local port: greets each client with {@code hello}, pushes the
 * envelopes a test sends, and records the acks that come back.
 *
 * <p>Attach it with {@link FakeSlack#attachSocketMode} so that {@code apps.connections.open} leads
 * the SDK here. Tests then check what Slack checks: that every envelope is acked, in time, and with
 * which response payload.
 */
public final class FakeSocketMode implements AutoCloseable {

  private final Link link;
  private final Deque<WebSocket> clients = new ArrayDeque<>();
  private final Map<String, JsonObject> acks = new LinkedHashMap<>();
  private int openedConnections;

  private FakeSocketMode() {
    link = new Link(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
  }

  /** Starts a server on 127.0.0.1, on a port the system picks, and waits until it listens. */
  public static FakeSocketMode start() {
    FakeSocketMode fake = new FakeSocketMode();
    fake.link.setReuseAddr(true);
    fake.link.start();
    try {
      fake.link.started.get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      fake.close();
      throw new IllegalStateException("The fake Socket Mode server did not start", e);
    }
    return fake;
  }

  /** The URL {@code apps.connections.open} answers: {@code ws://127.0.0.1:PORT/link}. */
  public String url() {
    return "ws://127.0.0.1:" + link.getPort() + "/link";
  }

  /**
   * Sends an envelope to the newest open connection, and returns its id.
   *
   * <p>Slack gives each envelope to one of an app's connections; while a client reconnects its old
   * and new connections are both open, and the new one is the one that lasts.
   *
   * @param type "events_api", "slash_commands" or "interactive"
   * @throws IllegalStateException when no client is connected, rather than lose the envelope
   */
  public synchronized String send(
      String type, JsonObject payload, boolean acceptsResponsePayload, int retryAttempt) {
    String envelopeId = UUID.randomUUID().toString();
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", envelopeId);
    envelope.add("payload", payload);
    envelope.addProperty("type", type);
    envelope.addProperty("accepts_response_payload", acceptsResponsePayload);
    envelope.addProperty("retry_attempt", retryAttempt);
    envelope.addProperty("retry_reason", retryAttempt == 0 ? "" : "timeout");
    newestOpenClient()
        .orElseThrow(() -> new IllegalStateException("No Socket Mode client connected to " + url()))
        .send(envelope.toString());
    return envelopeId;
  }

  /**
   * Waits for the client's ack of an envelope: {@code {"envelope_id":...}}, with a {@code payload}
   * when the client answered with one.
   *
   * @throws AssertionError when no ack comes within {@code timeout}
   */
  public synchronized JsonObject awaitAck(String envelopeId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!acks.containsKey(envelopeId)) {
      waitUntil(deadline, "No ack of envelope " + envelopeId + "; acks seen: " + acks.keySet());
    }
    return acks.get(envelopeId);
  }

  /** Every ack received so far, in order. */
  public synchronized List<JsonObject> acks() {
    return new ArrayList<>(acks.values());
  }

  /**
   * Waits until a client is connected.
   *
   * @throws AssertionError when none is within {@code timeout}
   */
  public synchronized void awaitConnected(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (newestOpenClient().isEmpty()) {
      waitUntil(deadline, "No Socket Mode client connected to " + url());
    }
  }

  /**
   * Waits until clients have opened {@code count} connections in all, reconnections included.
   *
   * @throws AssertionError when they have not within {@code timeout}
   */
  public synchronized void awaitOpenedConnections(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (openedConnections < count) {
      waitUntil(deadline, openedConnections + " connection(s) opened, not " + count);
    }
  }

  /** How many connections clients opened so far, reconnections included. */
  public synchronized int openedConnections() {
    return openedConnections;
  }

  /** Drops every connection without a closing handshake, as a network failure would. */
  public synchronized void disconnectAll() {
    for (WebSocket client : clients) {
      client.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped by the test");
    }
    clients.clear();
  }

  /** Asks clients to reconnect, as Slack does before it moves a connection to another host. */
  public synchronized void requestReconnect() {
    JsonObject disconnect = new JsonObject();
    disconnect.addProperty("type", "disconnect");
    disconnect.addProperty("reason", "refresh_requested");
    clients.stream().filter(WebSocket::isOpen).forEach(c -> c.send(disconnect.toString()));
  }

  @Override
  public void close() {
    try {
      link.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void waitUntil(long deadline, String failure) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new AssertionError(failure);
    }
    try {
      TimeUnit.NANOSECONDS.timedWait(this, left);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted: " + failure, e);
    }
  }

  private Optional<WebSocket> newestOpenClient() {
    for (Iterator<WebSocket> newestFirst = clients.descendingIterator(); newestFirst.hasNext(); ) {
      WebSocket client = newestFirst.next();
      if (client.isOpen()) {
        return Optional.of(client);
      }
    }
    return Optional.empty();
  }

  private synchronized void opened(WebSocket client) {
    clients.addLast(client);
    openedConnections++;
    notifyAll();
  }

  private synchronized void closed(WebSocket client) {
    clients.remove(client);
  }

  private synchronized void received(String message) {
    if (!message.startsWith("{")) {
      return;
    }
    JsonElement json = JsonParser.parseString(message);
    if (json.isJsonObject() && json.getAsJsonObject().has("envelope_id")) {
      JsonObject ack = json.getAsJsonObject();
      acks.put(ack.get("envelope_id").getAsString(), ack);
      notifyAll();
    }
  }

  /** The websocket server proper; hands each event to the fake. */
  private final class Link extends WebSocketServer {

    final CompletableFuture<Void> started = new CompletableFuture<>();

    Link(InetSocketAddress address) {
      super(address);
    }

    @Override
    public void onStart() {
      started.complete(null);
    }

    @Override
    public void onOpen(WebSocket client, ClientHandshake handshake) {
      client.send(hello().toString());
      opened(client);
    }

    @Override
    public void onMessage(WebSocket client, String message) {
      received(message);
    }

    @Override
    public void onClose(WebSocket client, int code, String reason, boolean remote) {
      closed(client);
    }

    @Override
    public void onError(WebSocket client, Exception e) {
      started.completeExceptionally(e);
    }
  }

  private static JsonObject hello() {
    JsonObject debugInfo = new JsonObject();
    debugInfo.addProperty("host", "fake");
    debugInfo.addProperty("started", "");
    debugInfo.addProperty("build_number", 1);
    debugInfo.addProperty("approximate_connection_time", 18060);
    JsonObject connectionInfo = new JsonObject();
    connectionInfo.addProperty("app_id", WebApiAnswers.APP_ID);
    JsonObject hello = new JsonObject();
    hello.addProperty("type", "hello");
    hello.addProperty("num_connections", 1);
    hello.add("debug_info", debugInfo);
    hello.add("connection_info", connectionInfo);
    return hello;
  }
}
