package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on 127.0.0.1, plain JSON text frames: HELLO, heartbeat acks, READY with the
 * shard's guilds as unavailable stubs then one GUILD_CREATE each, and events dispatched by the test
 * with increasing sequence numbers, to the shard of their guild. Events sent while the bot is away
 * are kept, and replayed when it resumes, as Discord does; {@link #disconnect} drops the
 * connections to make it resume.
 */
public final class DiscordGateway implements AutoCloseable {

  private final Server server;
  private final JsonObject botUser;
  private final List<JsonObject> guilds = new CopyOnWriteArrayList<>();
  private final Map<String, Session> sessions = new HashMap<>();
  private final Map<WebSocket, Session> bySocket = new HashMap<>();
  private int identifies;
  private int resumes;

  /** One shard's session: its connection, its sequence, and its events for a resume. */
  private static final class Session {
    final String id;
    final int shard;
    final int total;
    final List<JsonObject> dispatched = new ArrayList<>();
    WebSocket socket;
    int sequence;
    boolean ready;

    Session(String id, int shard, int total) {
      this.id = id;
      this.shard = shard;
      this.total = total;
    }
  }

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

  /**
   * Sends an event to the shard of its guild (shard 0 without one), or keeps it for when that shard
   * resumes.
   *
   * @return whether it went out now on an open connection, rather than kept for a resume
   */
  public synchronized boolean dispatch(String type, JsonObject data) {
    long guild =
        data.has("guild_id") && !data.get("guild_id").isJsonNull()
            ? data.get("guild_id").getAsLong()
            : 0;
    Session session = null;
    for (Session candidate : sessions.values()) {
      if (shardOf(guild, candidate.total) == candidate.shard) {
        session = candidate;
      }
    }
    if (session == null) {
      throw new AssertionError("no gateway session for guild " + guild);
    }
    JsonObject event = event(session, type, data);
    session.dispatched.add(event);
    if (session.ready && session.socket != null && session.socket.isOpen()) {
      session.socket.send(event.toString());
      return true;
    }
    return false;
  }

  /** Drops every connection as a network failure would; the bot should resume. */
  public synchronized void disconnect() {
    for (Session session : sessions.values()) {
      session.ready = false;
      if (session.socket != null) {
        session.socket.close(4000, "fake gateway: connection dropped");
      }
    }
  }

  public synchronized int identifies() {
    return identifies;
  }

  public synchronized int resumes() {
    return resumes;
  }

  /** The shards connected and ready, by shard id. */
  public synchronized List<Integer> readyShards() {
    List<Integer> ready = new ArrayList<>();
    for (Session session : sessions.values()) {
      if (session.ready) {
        ready.add(session.shard);
      }
    }
    ready.sort(null);
    return ready;
  }

  /** Waits until every session has identified or resumed and has what was dispatched. */
  public synchronized void awaitReady(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (sessions.isEmpty() || sessions.values().stream().anyMatch(s -> !s.ready)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("the bot did not (re)connect to the gateway within " + timeout);
      }
      waitFor(left);
    }
  }

  private static int shardOf(long guildId, int total) {
    return (int) ((guildId >> 22) % total);
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
      case 2 -> identify(socket, message.getAsJsonObject("d"));
      case 6 -> resume(socket, message.getAsJsonObject("d"));
      default -> {
        // Presence and voice updates are not modelled.
      }
    }
  }

  private void identify(WebSocket socket, JsonObject identify) {
    identifies++;
    int shard = 0;
    int total = 1;
    if (identify.has("shard")) {
      shard = identify.getAsJsonArray("shard").get(0).getAsInt();
      total = identify.getAsJsonArray("shard").get(1).getAsInt();
    }
    Session session = new Session("fake-session-" + shard, shard, total);
    session.socket = socket;
    sessions.put(session.id, session);
    bySocket.put(socket, session);
    List<JsonObject> mine = new ArrayList<>();
    for (JsonObject guild : guilds) {
      if (shardOf(guild.get("id").getAsLong(), total) == shard) {
        mine.add(guild);
      }
    }
    JsonObject data = new JsonObject();
    data.addProperty("v", 10);
    data.add("user", botUser);
    JsonArray stubs = new JsonArray();
    for (JsonObject guild : mine) {
      JsonObject stub = new JsonObject();
      stub.addProperty("id", guild.get("id").getAsString());
      stub.addProperty("unavailable", true);
      stubs.add(stub);
    }
    data.add("guilds", stubs);
    data.addProperty("session_id", session.id);
    data.addProperty("resume_gateway_url", url());
    JsonArray shardInfo = new JsonArray();
    shardInfo.add(shard);
    shardInfo.add(total);
    data.add("shard", shardInfo);
    JsonObject application = new JsonObject();
    application.addProperty("id", FakeDiscord.APPLICATION_ID);
    application.addProperty("flags", 0);
    data.add("application", application);
    data.add("private_channels", new JsonArray());
    data.add("relationships", new JsonArray());
    data.add("presences", new JsonArray());
    data.add("guild_join_requests", new JsonArray());
    socket.send(event(session, "READY", data).toString());
    for (JsonObject guild : mine) {
      socket.send(event(session, "GUILD_CREATE", guild).toString());
    }
    session.ready = true;
    notifyAll();
  }

  private void resume(WebSocket socket, JsonObject data) {
    Session session = sessions.get(data.get("session_id").getAsString());
    if (session == null) {
      // op 9 with d false: the session cannot be resumed, identify again.
      JsonObject invalid = new JsonObject();
      invalid.addProperty("op", 9);
      invalid.addProperty("d", false);
      socket.send(invalid.toString());
      return;
    }
    resumes++;
    session.socket = socket;
    bySocket.put(socket, session);
    int seen = data.has("seq") && !data.get("seq").isJsonNull() ? data.get("seq").getAsInt() : 0;
    for (JsonObject event : session.dispatched) {
      if (event.get("s").getAsInt() > seen) {
        socket.send(event.toString());
      }
    }
    socket.send(event(session, "RESUMED", new JsonObject()).toString());
    session.ready = true;
    notifyAll();
  }

  private static JsonObject event(Session session, String type, JsonObject data) {
    JsonObject event = new JsonObject();
    event.addProperty("op", 0);
    event.addProperty("s", ++session.sequence);
    event.addProperty("t", type);
    event.add("d", data);
    return event;
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
