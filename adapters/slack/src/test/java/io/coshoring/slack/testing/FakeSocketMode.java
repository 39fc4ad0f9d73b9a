package io.coshoring.slack.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode endpoint on 127.0.0.1: says hello to the app when it connects, sends it
 * envelopes (slash commands, interactions, events), and records the acks it sends back by envelope
 * id. {@link FakeSlack#attachSocketMode} makes {@code apps.connections.open} point here.
 */
public final class FakeSocketMode implements AutoCloseable {

  private final Server server;
  private final Map<String, JsonObject> acks = new HashMap<>();
  private WebSocket connection;

  private FakeSocketMode() {
    server = new Server(new InetSocketAddress("127.0.0.1", 0));
    server.setReuseAddr(true);
    server.start();
  }

  public static FakeSocketMode start(FakeSlack slack) {
    FakeSocketMode fake = new FakeSocketMode();
    fake.awaitListening();
    slack.attachSocketMode("ws://127.0.0.1:" + fake.server.getPort() + "/link");
    return fake;
  }

  /** Sends an envelope to the connected app; returns its id. */
  public String send(String type, JsonObject payload, int retryAttempt) {
    String id = UUID.randomUUID().toString();
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", id);
    envelope.add("payload", payload);
    envelope.addProperty("type", type);
    envelope.addProperty("accepts_response_payload", !type.equals("events_api"));
    envelope.addProperty("retry_attempt", retryAttempt);
    envelope.addProperty("retry_reason", retryAttempt == 0 ? "" : "timeout");
    WebSocket socket = awaitConnected(Duration.ofSeconds(10));
    socket.send(envelope.toString());
    return id;
  }

  public synchronized WebSocket awaitConnected(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (connection == null || !connection.isOpen()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("the app did not connect over Socket Mode within " + timeout);
      }
      waitFor(left);
    }
    return connection;
  }

  public synchronized JsonObject awaitAck(String envelopeId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!acks.containsKey(envelopeId)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no ack of envelope " + envelopeId + " within " + timeout);
      }
      waitFor(left);
    }
    return acks.get(envelopeId);
  }

  private void waitFor(long nanos) {
    try {
      wait(Math.max(1, nanos / 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private synchronized void awaitListening() {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (server.getPort() == 0 || !server.listening) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("the Socket Mode fake did not start");
      }
      waitFor(Math.min(left, 10_000_000));
    }
  }

  @Override
  public void close() {
    try {
      server.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private final class Server extends WebSocketServer {
    private volatile boolean listening;

    Server(InetSocketAddress address) {
      super(address);
    }

    @Override
    public void onStart() {
      synchronized (FakeSocketMode.this) {
        listening = true;
        FakeSocketMode.this.notifyAll();
      }
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
      JsonObject hello = new JsonObject();
      hello.addProperty("type", "hello");
      hello.addProperty("num_connections", 1);
      JsonObject info = new JsonObject();
      info.addProperty("app_id", "A1");
      hello.add("connection_info", info);
      socket.send(hello.toString());
      synchronized (FakeSocketMode.this) {
        connection = socket;
        FakeSocketMode.this.notifyAll();
      }
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
      JsonObject ack = JsonParser.parseString(message).getAsJsonObject();
      if (ack.has("envelope_id")) {
        synchronized (FakeSocketMode.this) {
          acks.put(ack.get("envelope_id").getAsString(), ack);
          FakeSocketMode.this.notifyAll();
        }
      }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket socket, Exception e) {}
  }
}
