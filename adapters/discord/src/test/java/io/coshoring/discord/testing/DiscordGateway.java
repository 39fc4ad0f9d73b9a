package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on 127.0.0.1, plain JSON text frames: HELLO, heartbeat acks, READY with the
 * guilds as unavailable stubs then one GUILD_CREATE each, and events dispatched by the test with
 * increasing sequence numbers. Events sent while the bot is away are kept, and replayed when it
 * resumes, as Discord does; {@link #disconnect} drops the connection to make it resume.
 */
public final class DiscordGateway implements AutoCloseable {

  private static final String SESSION = "fake-session";

  private final Server server;
  private final JsonObject botUser;
  private final List<JsonObject> guilds = new CopyOnWriteArrayList<>();
  private final List<JsonObject> dispatched = new ArrayList<>();
  private WebSocket connection;
  private boolean ready;
  private int sequence;
  private int identifies;
  private int resumes;

  private DiscordGateway(JsonObject botUser) {
    this.botUser = botUser;
    server = new Server(new InetSocketAddress("127.0.0.1", 0));
    server.setReuseAddr(true);
    server.start();
  }

  static DiscordGateway start(JsonObject botUser) {
    DiscordGateway gateway = new DiscordGateway(botUser);
    gateway.awaitListening();
    return gateway;
  }

  /** For JDA's session controller. */
  public String url() {
    return "ws://127.0.0.1:" + server.getPort();
  }

  void addGuild(JsonObject guild) {
    guilds.add(guild);
  }

  /** Sends an event to the bot, or keeps it for when the bot resumes. */
  public synchronized void dispatch(String type, JsonObject data) {
    JsonObject event = new JsonObject();
    event.addProperty("op", 0);
    event.addProperty("s", ++sequence);
    event.addProperty("t", type);
    event.add("d", data);
    dispatched.add(event);
    if (ready && connection != null && connection.isOpen()) {
      connection.send(event.toString());
    }
  }

  /** Drops the bot's connection as a network failure would; it should resume. */
  public synchronized void disconnect() {
    ready = false;
    if (connection != null) {
      connection.close(4000, "fake gateway: connection dropped");
    }
  }

  public synchronized int identifies() {
    return identifies;
  }

  public synchronized int resumes() {
    return resumes;
  }

  /** Waits until the bot has identified or resumed and has what was dispatched so far. */
  public synchronized void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("the bot did not (re)connect to the gateway within " + timeout);
      }
      waitFor(left);
    }
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
    while (!server.listening) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("the fake gateway did not start");
      }
      waitFor(Math.min(left, 10_000_000));
    }
  }

  private synchronized void opened(WebSocket socket) {
    connection = socket;
    JsonObject hello = new JsonObject();
    hello.addProperty("op", 10);
    JsonObject data = new JsonObject();
    data.addProperty("heartbeat_interval", 41250);
    hello.add("d", data);
    socket.send(hello.toString());
  }

  private synchronized void received(WebSocket socket, JsonObject message) {
    int op = message.get("op").getAsInt();
    switch (op) {
      case 1 -> {
        JsonObject ack = new JsonObject();
        ack.addProperty("op", 11);
        socket.send(ack.toString());
      }
      case 2 -> identify(socket);
      case 6 -> resume(socket, message.getAsJsonObject("d"));
      default -> {
        // Presence and voice updates are not modelled.
      }
    }
  }

  private void identify(WebSocket socket) {
    identifies++;
    JsonObject data = new JsonObject();
    data.addProperty("v", 10);
    data.add("user", botUser);
    JsonArray stubs = new JsonArray();
    for (JsonObject guild : guilds) {
      JsonObject stub = new JsonObject();
      stub.addProperty("id", guild.get("id").getAsString());
      stub.addProperty("unavailable", true);
      stubs.add(stub);
    }
    data.add("guilds", stubs);
    data.addProperty("session_id", SESSION);
    data.addProperty("resume_gateway_url", url());
    JsonArray shard = new JsonArray();
    shard.add(0);
    shard.add(1);
    data.add("shard", shard);
    JsonObject application = new JsonObject();
    application.addProperty("id", FakeDiscord.APPLICATION_ID);
    application.addProperty("flags", 0);
    data.add("application", application);
    data.add("private_channels", new JsonArray());
    data.add("relationships", new JsonArray());
    data.add("presences", new JsonArray());
    data.add("guild_join_requests", new JsonArray());
    send(socket, "READY", data);
    for (JsonObject guild : guilds) {
      send(socket, "GUILD_CREATE", guild);
    }
    ready = true;
    notifyAll();
  }

  private void resume(WebSocket socket, JsonObject data) {
    resumes++;
    int seen = data.has("seq") && !data.get("seq").isJsonNull() ? data.get("seq").getAsInt() : 0;
    for (JsonObject event : dispatched) {
      if (event.get("s").getAsInt() > seen) {
        socket.send(event.toString());
      }
    }
    send(socket, "RESUMED", new JsonObject());
    ready = true;
    notifyAll();
  }

  /** A dispatch that is part of the handshake, numbered but not kept for replay. */
  private void send(WebSocket socket, String type, JsonElement data) {
    JsonObject event = new JsonObject();
    event.addProperty("op", 0);
    event.addProperty("s", ++sequence);
    event.addProperty("t", type);
    event.add("d", data);
    socket.send(event.toString());
  }

  @Override
  public void close() {
    try {
      server.stop(500);
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
      synchronized (DiscordGateway.this) {
        listening = true;
        DiscordGateway.this.notifyAll();
      }
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
      opened(socket);
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
      received(socket, JsonParser.parseString(message).getAsJsonObject());
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

    @Override
    public void onError(WebSocket socket, Exception e) {}
  }
}
