package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.coshoring.discord.DiscordSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import net.dv8tion.jda.api.Permission;

/**
 * Discord on 127.0.0.1 for tests: the REST API (under {@code /api/v10/}) as far as coshoring uses
 * it, and a gateway ({@link DiscordGateway}) that JDA connects to as it would to Discord. Records
 * every REST call, and can answer the next ones with a 429 and its Retry-After, or a 500. As
 * Discord does, it refuses to edit an interaction's reply before the interaction is acknowledged,
 * refuses what the bot may not do or a message Discord would not show ({@link RouteRules}), and
 * keeps per-route rate limits ({@link RateLimits}).
 */
public final class FakeDiscord implements AutoCloseable {

  public static final String BOT_ID = "900000000000000001";
  public static final String APPLICATION_ID = "900000000000000002";

  /** Shaped as Discord's are: three parts separated by dots. */
  public static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDA.fake.bot-token";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final DiscordGateway gateway;
  private final List<DiscordCall> calls = new ArrayList<>();
  private final Map<String, Deque<int[]>> faults = new HashMap<>();
  private final Map<String, JsonObject> users = new ConcurrentHashMap<>();
  private final Set<String> closedDms = ConcurrentHashMap.newKeySet();
  private final Map<String, String> dmChannels = new ConcurrentHashMap<>();
  private final Map<String, String> dmUsers = new ConcurrentHashMap<>();
  private final Map<String, List<JsonObject>> webhooks = new ConcurrentHashMap<>();

  /** The message a component interaction came from, by the interaction's token. */
  private final Map<String, JsonObject> clickedMessages = new ConcurrentHashMap<>();

  /** What was posted in each channel or thread, by the bot or a webhook. */
  private final Map<String, List<JsonObject>> channelMessages = new ConcurrentHashMap<>();

  private final Map<String, String> webhookChannels = new ConcurrentHashMap<>();
  private final Map<String, String> channelGuilds = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> guilds = new ConcurrentHashMap<>();
  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
  private final Map<String, JsonObject> byNonce = new HashMap<>();
  private final ChannelPermissions permissions = new ChannelPermissions(BOT_ID);
  private final RouteRules rules =
      new RouteRules(permissions, dmUsers::containsKey, this::held, webhookChannels::get);
  private final RateLimits limits = new RateLimits();
  private final Map<String, Integer> createdIn = new HashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** Files posted as attachments, by their id, as Discord's CDN serves them. */
  private final Map<String, byte[]> attachments = new ConcurrentHashMap<>();

  /** The bot's reactions, by channel/message. */
  private final Map<String, Set<String>> reactions = new ConcurrentHashMap<>();

  private volatile Duration acknowledging = Duration.ZERO;
  private volatile Duration answering = Duration.ZERO;

  private FakeDiscord() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.setExecutor(threads);
    server.createContext("/api/v10/", this::rest);
    server.createContext("/attachments/", this::cdn);
    server.start();
    gateway = DiscordGateway.start(botUser());
  }

  public static FakeDiscord start() {
    try {
      return new FakeDiscord();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For JDA's {@code RestConfig#setBaseUrl}. */
  public String restUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
  }

  public DiscordGateway gateway() {
    return gateway;
  }

  /** A server the bot is in, with one text channel; returns its channel id. */
  private static final String OWNER_ID = "1";

  private volatile long botPermissions = DiscordSettings.invitePermissions();

  /**
   * Servers added from now on grant the bot the invite's permissions but this one, as a server
   * whose admin took it from the bot's role.
   */
  public void withholdFromBot(Permission permission) {
    botPermissions &= ~permission.getRawValue();
  }

  /** A server the bot is in, preferring American English, with one text channel; returns its id. */
  public String addGuild(String guildId, String name) {
    return addGuild(guildId, name, "en-US");
  }

  /** A server whose preferred locale, a Discord locale, is {@code preferredLocale}. */
  public String addGuild(String guildId, String name, String preferredLocale) {
    String channelId = nextId();
    channelGuilds.put(channelId, guildId);
    JsonObject guild =
        DiscordJson.guild(
            guildId,
            name,
            // Someone else owns the server: an owner holds every permission, a bot only its role's.
            OWNER_ID,
            DiscordJson.textChannel(channelId, guildId, "general"),
            DiscordJson.botMember(botUser(), guildId, botPermissions));
    guild.addProperty("preferred_locale", DiscordLocales.known(preferredLocale));
    permissions.addGuild(guild);
    gateway.addGuild(guild);
    guilds.put(guildId, guild);
    return channelId;
  }

  /** The server's preferred locale, which its interactions carry as {@code guild_locale}. */
  String guildLocale(String guildId) {
    JsonObject guild = guilds.get(guildId);
    return guild == null ? "en-US" : guild.get("preferred_locale").getAsString();
  }

  /** A forum in a server added before, for a bot yet to connect; returns the forum's id. */
  public String addForum(String guildId, String name) {
    String forumId = nextId();
    JsonObject forum = DiscordJson.forumChannel(forumId, guildId, name);
    guilds.get(guildId).getAsJsonArray("channels").add(forum);
    channelGuilds.put(forumId, guildId);
    permissions.addChannel(forum);
    return forumId;
  }

  /**
   * A member opens a post in a forum: Discord makes its thread, and the member's first message in
   * it, written next with {@link #memberWrites}, takes the thread's id as its own.
   *
   * @return the post's id
   */
  public String memberOpensPost(String forumId, String memberId, String title) {
    String postId = nextId();
    newPost(forumId, postId, title, memberId);
    return postId;
  }

  /** A forum's post, made known to the REST API and told to the gateway as Discord does. */
  private void newPost(String forumId, String postId, String title, String ownerId) {
    JsonObject post =
        DiscordJson.thread(postId, forumId, channelGuilds.get(forumId), title, ownerId);
    permissions.addChannel(post);
    gateway.dispatch("THREAD_CREATE", post);
  }

  /**
   * A server admin denies the bot this permission in a channel, and Discord has not told the bot
   * yet: JDA's cache still grants it, Discord's REST API refuses.
   */
  public void denyInChannel(String channelId, Permission permission) {
    permissions.deny(channelId, permission);
  }

  /**
   * A server admin deletes a channel, its threads and webhooks with it, and Discord has not told
   * the bot yet: JDA's cache still has it, Discord's REST API answers Unknown Channel.
   */
  public void deleteChannel(String channelId) {
    permissions.forget(channelId);
  }

  /**
   * Discord's limit on a route, for each channel, guild or webhook it names: {@code route} as
   * {@code channels/{id}/messages}, {@code webhooks/{id}/{token}}. Discord allows about 5 messages
   * per 5 s in a channel and 5 per 2 s through a webhook; unless limited here, a route takes
   * thousands a second.
   */
  public void limitRoute(String route, int requests, Duration window) {
    limits.limit(route, requests, window);
  }

  public JsonObject addUser(String id, String name) {
    JsonObject user = DiscordJson.user(id, name, false);
    users.put(id, user);
    return user;
  }

  /** The user accepts no DM from the bot: sending one answers Discord's error 50007. */
  public void closeDms(String userId) {
    closedDms.add(userId);
  }

  /**
   * Each interaction's acknowledgement takes this long to reach Discord, as over a slow network.
   */
  public void delayAcknowledgements(Duration delay) {
    acknowledging = delay;
  }

  /**
   * Every REST answer takes this long to come back, as over a slow network: what the call did (a
   * message created, say) is done by the time the bot hears of it.
   */
  public void delayAnswers(Duration delay) {
    answering = delay;
  }

  /** The next {@code times} calls whose path contains {@code pathPart} answer {@code status}. */
  public synchronized void failNext(String pathPart, int times, int status, int retryAfterSeconds) {
    Deque<int[]> queue = faults.computeIfAbsent(pathPart, p -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(new int[] {status, retryAfterSeconds});
    }
  }

  /** The DM channel between the bot and a user, the same every time. */
  public String dmChannelOf(String userId) {
    return dmChannels.computeIfAbsent(
        userId,
        user -> {
          String channel = nextId();
          dmUsers.put(channel, user);
          return channel;
        });
  }

  /** The message the bot created with {@code sent}, as Discord would show it in a payload. */
  public JsonObject messageAsSent(String channelId, DiscordCall sent) {
    return message(channelId, sent.body());
  }

  /**
   * A member writes in a channel: the message is kept in the channel's history, as Discord keeps
   * it, and sent to the bot if it is connected; a bot that is not gets it only by reading the
   * history.
   *
   * @return whether it went out to the bot on an open connection
   */
  public boolean memberWrites(JsonObject message) {
    kept(message.get("channel_id").getAsString(), message);
    return gateway.dispatch("MESSAGE_CREATE", message);
  }

  /**
   * A guild channel or thread as Discord describes it in an interaction's payload: a text channel
   * named general for one the fake does not track.
   */
  JsonObject channelPayload(String guildId, String channelId) {
    return permissions
        .channel(channelId)
        .orElseGet(() -> DiscordJson.textChannel(channelId, guildId, "general"));
  }

  /** Remembers the message of a component interaction: its original, as Discord keeps it. */
  void clicked(String interactionToken, JsonObject message) {
    clickedMessages.put(interactionToken, message.deepCopy());
  }

  public synchronized List<DiscordCall> calls() {
    return List.copyOf(calls);
  }

  public synchronized DiscordCall awaitCall(Predicate<DiscordCall> matching, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (DiscordCall call : calls) {
        if (matching.test(call)) {
          return call;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        StringBuilder seen = new StringBuilder();
        calls.forEach(
            c ->
                seen.append("\n  ")
                    .append(c.method())
                    .append(' ')
                    .append(c.path())
                    .append(' ')
                    .append(
                        c.body() == null
                            ? ""
                            : c.body()
                                .toString()
                                .substring(0, Math.min(200, c.body().toString().length()))));
        throw new AssertionError("no matching Discord call within " + timeout + "; calls:" + seen);
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /**
   * A snowflake made now: JDA reads an interaction's age from its id, and refuses to answer one
   * that looks older than 15 minutes.
   */
  public String nextId() {
    long sinceDiscordEpoch = System.currentTimeMillis() - DISCORD_EPOCH;
    return Long.toString((sinceDiscordEpoch << 22) | (ids.incrementAndGet() & 0x3FFFFF));
  }

  private static final long DISCORD_EPOCH = 1_420_070_400_000L;

  static JsonObject botUser() {
    JsonObject bot = DiscordJson.user(BOT_ID, "coshoring", true);
    bot.addProperty("verified", true);
    bot.addProperty("mfa_enabled", false);
    bot.addProperty("flags", 0);
    return bot;
  }

  private void rest(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring("/api/v10/".length());
    long arrived = System.nanoTime();
    String method = exchange.getRequestMethod();
    Sent sent = read(exchange);
    JsonElement body = sent.json();
    RateLimits.Use use = limits.use(method, path);
    use.writeTo(exchange.getResponseHeaders());
    if (use.spent()) {
      record(new DiscordCall(method, path, query(exchange), body, 429, use.refusal(), arrived));
      reply(exchange, 429, use.refusal());
      return;
    }
    int[] fault = nextFault(path);
    if (fault != null) {
      record(new DiscordCall(method, path, query(exchange), body, fault[0], "", arrived));
      if (fault[0] == 429) {
        exchange.getResponseHeaders().add("Retry-After", Integer.toString(fault[1]));
        exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
        JsonObject limited = new JsonObject();
        limited.addProperty("message", "You are being rate limited.");
        limited.addProperty("retry_after", fault[1]);
        limited.addProperty("global", false);
        reply(exchange, 429, limited.toString());
      } else {
        reply(exchange, fault[0], "{\"message\": \"500: Internal Server Error\", \"code\": 0}");
      }
      return;
    }
    Refusal refused = rules.refusal(method, path, query(exchange), body);
    Answer answer =
        refused != null
            ? new Answer(refused.status(), refused.body())
            : answer(method, path, query(exchange), body, sent.files());
    record(
        new DiscordCall(
            method, path, query(exchange), body, answer.status(), answer.body(), arrived));
    pause(answering);
    reply(exchange, answer.status(), answer.body());
  }

  private record Answer(int status, String body) {}

  /**
   * A new message, or, as Discord does for a nonce sent with {@code enforce_nonce} that the same
   * channel saw before, the message created then.
   */
  private synchronized JsonObject created(String channel, JsonElement body) {
    JsonObject sent = body != null && body.isJsonObject() ? body.getAsJsonObject() : null;
    boolean enforced =
        sent != null
            && sent.has("nonce")
            && sent.has("enforce_nonce")
            && sent.get("enforce_nonce").getAsBoolean();
    String key = enforced ? channel + "/" + sent.get("nonce").getAsString() : null;
    if (key != null && byNonce.containsKey(key)) {
      return byNonce.get(key);
    }
    JsonObject message = message(channel, body);
    createdIn.merge(channel, 1, Integer::sum);
    kept(channel, message);
    if (key != null) {
      byNonce.put(key, message);
    }
    return message;
  }

  /** How many messages the bot created in a channel: a repeat returned by its nonce is not one. */
  public synchronized int messagesCreatedIn(String channelId) {
    return createdIn.getOrDefault(channelId, 0);
  }

  private Answer answer(
      String method, String path, String query, JsonElement body, List<Multipart.Part> files) {
    String[] parts = path.split("/");
    if (parts.length == 7 && parts[0].equals("channels") && parts[4].equals("reactions")) {
      return reaction(method, parts[1], parts[3], parts[5]);
    }
    for (Multipart.Part file : files) {
      if (file.bytes().length > MAX_FILE_SIZE) {
        return new Answer(413, "{\"message\": \"Request entity too large\", \"code\": 40005}");
      }
    }
    if (method.equals("GET")
        && parts.length == 3
        && parts[0].equals("channels")
        && parts[2].equals("messages")) {
      return history(parts[1], query);
    }
    if (method.equals("GET") && path.equals("users/@me")) {
      return new Answer(200, botUser().toString());
    }
    if (method.equals("POST") && path.equals("users/@me/channels")) {
      String recipient = body.getAsJsonObject().get("recipient_id").getAsString();
      JsonObject user = users.getOrDefault(recipient, DiscordJson.user(recipient, "user", false));
      return new Answer(200, DiscordJson.dmChannel(dmChannelOf(recipient), user).toString());
    }
    if (method.equals("POST")
        && parts.length == 3
        && parts[0].equals("channels")
        && parts[2].equals("messages")) {
      String channel = parts[1];
      String dmUser = dmUsers.get(channel);
      if (dmUser != null && closedDms.contains(dmUser)) {
        return new Answer(
            403, "{\"message\": \"Cannot send messages to this user\", \"code\": 50007}");
      }
      return new Answer(200, created(channel, body).toString());
    }
    if (method.equals("POST")
        && parts.length == 5
        && parts[0].equals("channels")
        && parts[4].equals("threads")) {
      JsonObject thread =
          DiscordJson.thread(
              parts[3],
              parts[1],
              channelGuilds.getOrDefault(parts[1], "0"),
              body.getAsJsonObject().get("name").getAsString());
      // Discord tells the gateway of a new thread, the bot's own included.
      permissions.addChannel(thread);
      gateway.dispatch("THREAD_CREATE", thread);
      return new Answer(201, thread.toString());
    }
    if (method.equals("PATCH") && parts.length == 4 && parts[0].equals("channels")) {
      JsonObject edited = message(parts[1], body);
      edited.addProperty("id", parts[3]);
      return new Answer(200, edited.toString());
    }
    if (parts[0].equals("interactions") && path.endsWith("/callback")) {
      pause(acknowledging);
      acknowledged.add(parts[2]);
      return new Answer(204, "");
    }
    if (parts[0].equals("webhooks")
        && parts[1].equals(APPLICATION_ID)
        && !acknowledged.contains(parts[2])) {
      return new Answer(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}");
    }
    if (parts[0].equals("webhooks")
        && parts[1].equals(APPLICATION_ID)
        && path.endsWith("/messages/@original")
        && (method.equals("GET") || clickedMessages.containsKey(parts[2]))) {
      return original(method, parts[2], body);
    }
    if (parts.length == 3 && parts[0].equals("channels") && parts[2].equals("webhooks")) {
      return channelWebhooks(method, parts[1], body);
    }
    if (parts[0].equals("webhooks")) {
      if (method.equals("DELETE")) {
        return new Answer(204, "");
      }
      // Interactions' follow-ups and edits, and the bridge's webhook messages.
      JsonObject message = message(webhookChannels.getOrDefault(parts[1], "0"), body);
      JsonObject sent = body != null && body.isJsonObject() ? body.getAsJsonObject() : null;
      if (webhookChannels.containsKey(parts[1])) {
        message.addProperty("webhook_id", parts[1]);
        JsonObject author = DiscordJson.user(parts[1], "webhook", true);
        if (sent != null && sent.has("username")) {
          author.addProperty("username", sent.get("username").getAsString());
        }
        message.add("author", author);
      }
      if (parts.length >= 5 && parts[3].equals("messages") && parts[4].matches("\\d+")) {
        message.addProperty("id", parts[4]);
      }
      if (!files.isEmpty()) {
        message.add("attachments", stored(files));
      }
      if (method.equals("POST") && parts.length == 3 && webhookChannels.containsKey(parts[1])) {
        String thread = parameter(query, "thread_id");
        if (thread == null
            && sent != null
            && sent.has("thread_name")
            && permissions.isForum(webhookChannels.get(parts[1]))) {
          // A forum's webhook opens a post, which has the id of the message that starts it.
          thread = message.get("id").getAsString();
          newPost(
              webhookChannels.get(parts[1]),
              thread,
              sent.get("thread_name").getAsString(),
              parts[1]);
        }
        if (thread != null) {
          message.addProperty("channel_id", thread);
        }
        kept(thread != null ? thread : webhookChannels.get(parts[1]), message);
      }
      return new Answer(200, message.toString());
    }
    if (method.equals("PUT") && parts[0].equals("applications") && path.endsWith("commands")) {
      JsonArray registered = new JsonArray();
      for (JsonElement command : body.getAsJsonArray()) {
        JsonObject copy = command.getAsJsonObject().deepCopy();
        copy.addProperty("id", nextId());
        copy.addProperty("application_id", APPLICATION_ID);
        copy.addProperty("version", nextId());
        copy.addProperty("default_member_permissions", (String) null);
        copy.addProperty("type", copy.has("type") ? copy.get("type").getAsInt() : 1);
        registered.add(copy);
      }
      return new Answer(200, registered.toString());
    }
    if (method.equals("POST")
        && parts.length == 3
        && parts[0].equals("guilds")
        && parts[2].equals("channels")) {
      String channelId = nextId();
      channelGuilds.put(channelId, parts[1]);
      JsonObject channel =
          DiscordJson.textChannel(
              channelId, parts[1], body.getAsJsonObject().get("name").getAsString());
      if (body.getAsJsonObject().has("permission_overwrites")) {
        channel.add("permission_overwrites", body.getAsJsonObject().get("permission_overwrites"));
      }
      permissions.addChannel(channel);
      return new Answer(201, channel.toString());
    }
    if (method.equals("DELETE")) {
      return new Answer(204, "");
    }
    return new Answer(404, "{\"message\": \"404: Not Found\", \"code\": 0}");
  }

  /** A server without boosts takes files up to 10 MiB from a bot. */
  private static final int MAX_FILE_SIZE = 10 * 1024 * 1024;

  /** Files as Discord keeps them: on its CDN, described in the message's attachments. */
  private JsonArray stored(List<Multipart.Part> files) {
    JsonArray described = new JsonArray();
    for (Multipart.Part file : files) {
      described.add(attachment(file.filename(), "application/octet-stream", file.bytes()));
    }
    return described;
  }

  /**
   * A file a member attaches: kept on the fake's CDN, and described as in a message's {@code
   * attachments}.
   */
  public JsonObject attachment(String filename, String contentType, byte[] bytes) {
    String id = nextId();
    attachments.put(id, bytes);
    JsonObject attachment = new JsonObject();
    attachment.addProperty("id", id);
    attachment.addProperty("filename", filename);
    attachment.addProperty("size", bytes.length);
    String url = base() + "/attachments/" + id + "/" + filename;
    attachment.addProperty("url", url);
    attachment.addProperty("proxy_url", url);
    attachment.addProperty("content_type", contentType);
    return attachment;
  }

  /** What an attachment holds, by its URL; null for none. */
  public byte[] attachmentBytes(String url) {
    String id =
        url.substring(url.indexOf("/attachments/") + "/attachments/".length()).split("/")[0];
    return attachments.get(id);
  }

  /** The bot's reactions on a message. */
  public Set<String> reactionsOn(String channelId, String messageId) {
    return Set.copyOf(reactions.getOrDefault(channelId + "/" + messageId, Set.of()));
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void cdn(HttpExchange exchange) throws IOException {
    String id =
        exchange.getRequestURI().getPath().substring("/attachments/".length()).split("/")[0];
    byte[] bytes = attachments.get(id);
    if (bytes == null) {
      reply(exchange, 404, "{\"message\": \"404: Not Found\", \"code\": 0}");
      return;
    }
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The bot adds or takes away its own reaction, on a message Discord knows in the channel. */
  private Answer reaction(String method, String channel, String message, String emoji) {
    List<JsonObject> held = channelMessages.getOrDefault(channel, List.of());
    boolean known;
    synchronized (held) {
      known = held.stream().anyMatch(m -> m.get("id").getAsString().equals(message));
    }
    if (!known) {
      return new Answer(404, "{\"message\": \"Unknown Message\", \"code\": 10008}");
    }
    String name = URLDecoder.decode(emoji, StandardCharsets.UTF_8);
    Set<String> on =
        reactions.computeIfAbsent(channel + "/" + message, k -> ConcurrentHashMap.newKeySet());
    if (method.equals("PUT")) {
      on.add(name);
    } else {
      on.remove(name);
    }
    return new Answer(204, "");
  }

  /**
   * A component interaction's original, the message clicked: read, or edited as Discord edits a
   * message, the fields sent replacing those stored and the others kept. The deferred reply of a
   * command is not kept, and reading it is refused.
   */
  private Answer original(String method, String token, JsonElement body) {
    JsonObject message = clickedMessages.get(token);
    if (message == null) {
      return new Answer(404, "{\"message\": \"Unknown Message\", \"code\": 10008}");
    }
    if (method.equals("PATCH") && body != null && body.isJsonObject()) {
      synchronized (message) {
        body.getAsJsonObject()
            .entrySet()
            .forEach(e -> message.add(e.getKey(), e.getValue().deepCopy()));
        if (message.has("embeds") && message.get("embeds").isJsonArray()) {
          // Discord marks the embeds a bot sends as rich ones, in an edit too.
          message
              .getAsJsonArray("embeds")
              .forEach(embed -> embed.getAsJsonObject().addProperty("type", "rich"));
        }
      }
    }
    return new Answer(200, message.toString());
  }

  /** A message kept in a channel or thread, or null. */
  private JsonObject held(String channel, String id) {
    List<JsonObject> held = channelMessages.getOrDefault(channel, List.of());
    synchronized (held) {
      return held.stream()
          .filter(m -> m.get("id").getAsString().equals(id))
          .findFirst()
          .orElse(null);
    }
  }

  private void kept(String channel, JsonObject message) {
    channelMessages
        .computeIfAbsent(channel, c -> Collections.synchronizedList(new ArrayList<>()))
        .add(message.deepCopy());
  }

  /**
   * A channel's messages after the one named, newest first, as Discord answers {@code GET
   * /channels/{id}/messages?after=}.
   */
  private Answer history(String channel, String query) {
    List<JsonObject> held = channelMessages.get(channel);
    long after = Long.parseUnsignedLong(Optional.ofNullable(parameter(query, "after")).orElse("0"));
    int limit = Integer.parseInt(Optional.ofNullable(parameter(query, "limit")).orElse("50"));
    List<JsonObject> copy = List.of();
    if (held != null) {
      synchronized (held) {
        copy = List.copyOf(held);
      }
    }
    JsonArray listed = new JsonArray();
    copy.stream()
        .filter(m -> Long.parseUnsignedLong(m.get("id").getAsString()) > after)
        .sorted(
            Comparator.comparing(
                    (JsonObject m) -> Long.parseUnsignedLong(m.get("id").getAsString()))
                .reversed())
        .limit(limit)
        .forEach(listed::add);
    return new Answer(200, listed.toString());
  }

  private static String parameter(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return pair.substring(eq + 1);
      }
    }
    return null;
  }

  /** A channel's webhooks: listed, or one created, as the bridge's port asks. */
  private Answer channelWebhooks(String method, String channel, JsonElement body) {
    if (method.equals("GET")) {
      JsonArray list = new JsonArray();
      webhooks.getOrDefault(channel, List.of()).forEach(list::add);
      return new Answer(200, list.toString());
    }
    JsonObject webhook = new JsonObject();
    String id = nextId();
    webhook.addProperty("id", id);
    webhook.addProperty("type", 1);
    webhook.addProperty("channel_id", channel);
    webhook.addProperty("guild_id", channelGuilds.getOrDefault(channel, "0"));
    webhook.addProperty("name", body.getAsJsonObject().get("name").getAsString());
    webhook.add("avatar", com.google.gson.JsonNull.INSTANCE);
    webhook.addProperty("token", "webhook-token-" + id);
    webhook.addProperty("application_id", APPLICATION_ID);
    webhook.add("user", botUser());
    webhooks.computeIfAbsent(channel, c -> new ArrayList<>()).add(webhook);
    webhookChannels.put(id, channel);
    return new Answer(200, webhook.toString());
  }

  private JsonObject message(String channel, JsonElement sent) {
    return DiscordJson.message(
        nextId(),
        channel,
        botUser(),
        sent != null && sent.isJsonObject() ? sent.getAsJsonObject() : new JsonObject());
  }

  private static void pause(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private synchronized int[] nextFault(String path) {
    for (Map.Entry<String, Deque<int[]>> entry : faults.entrySet()) {
      if (path.contains(entry.getKey()) && !entry.getValue().isEmpty()) {
        return entry.getValue().poll();
      }
    }
    return null;
  }

  private synchronized void record(DiscordCall call) {
    calls.add(call);
    notifyAll();
  }

  private static String query(HttpExchange exchange) {
    String query = exchange.getRequestURI().getQuery();
    return query == null ? "" : query;
  }

  /** A request's JSON, and the files of a multipart one. */
  private record Sent(JsonElement json, List<Multipart.Part> files) {}

  private static Sent read(HttpExchange exchange) throws IOException {
    byte[] raw;
    try (InputStream in = exchange.getRequestBody()) {
      raw = in.readAllBytes();
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("multipart/form-data")) {
      // JDA sends messages with components or files as multipart: the JSON is payload_json.
      Multipart multipart = Multipart.parse(type, raw);
      return new Sent(
          multipart.payloadJson() == null ? null : JsonParser.parseString(multipart.payloadJson()),
          multipart.files());
    }
    String text = new String(raw, StandardCharsets.UTF_8);
    return new Sent(text.isBlank() ? null : JsonParser.parseString(text), List.of());
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    if (status == 204) {
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    gateway.close();
    server.stop(0);
    threads.shutdownNow();
  }
}
