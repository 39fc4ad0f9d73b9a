package io.coshoring.slack.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.coshoring.slack.SlackSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import net.fellbaum.jemoji.EmojiManager;

/**
 * Slack's Web API on 127.0.0.1, as far as coshoring uses it, for tests: the real Slack SDK is
 * pointed at {@link #apiUrl()}. It answers in Slack's shapes, records every call, and refuses what
 * Slack refuses: a scope not granted, a channel the bot is not in or that is archived, blocks that
 * break Block Kit's limits ({@link BlockKitRules}), a call over a rate limit a test sets. It can be
 * told to fail: a 429 with Retry-After, a 500, an error such as {@code invalid_auth}, or slowness.
 * Response URLs of slash commands and clicks point here too ({@link #responseUrl}).
 */
public final class FakeSlack implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final List<SlackCall> calls = new ArrayList<>();
  private final Map<String, String> teamsByToken = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> users = new ConcurrentHashMap<>();

  /** The locale each user's Slack runs in, by team:user; {@code en-US} unless a test sets one. */
  private final Map<String, String> locales = new ConcurrentHashMap<>();

  /** The latest hash of each view opened or published, by view id. */
  private final Map<String, String> viewHashes = new ConcurrentHashMap<>();

  private final Map<String, String[]> oauthCodes = new ConcurrentHashMap<>();
  private final Map<String, Deque<Fault>> faults = new HashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private final Map<String, Boolean> revoked = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> withheld = new ConcurrentHashMap<>();

  /** The channels the bot is in, by team: it joined them, created them, or was invited. */
  private final Set<String> botChannels = ConcurrentHashMap.newKeySet();

  /** Methods Slack refuses in a channel the bot is not in. */
  private static final Set<String> NEEDS_MEMBERSHIP =
      Set.of(
          "chat.postMessage",
          "chat.update",
          "chat.delete",
          "conversations.history",
          "conversations.replies",
          "reactions.add",
          "reactions.remove");

  /** Private channels the bot created, by team: their scopes are the groups:* ones. */
  private final Set<String> privateChannels = ConcurrentHashMap.newKeySet();

  private final SlackFileStore files = new SlackFileStore();

  /** The bot's reactions, by team:channel:ts. */
  private final Map<String, Set<String>> reactions = new ConcurrentHashMap<>();

  /** Workspaces' own emoji, by team:name. */
  private final Set<String> customEmoji = ConcurrentHashMap.newKeySet();

  /** Archived channels, by team: they can be read, not written to nor joined. */
  private final Set<String> archivedChannels = ConcurrentHashMap.newKeySet();

  /** Methods Slack refuses in an archived channel. */
  private static final Set<String> REFUSED_WHEN_ARCHIVED =
      Set.of(
          "chat.postMessage",
          "chat.update",
          "chat.delete",
          "conversations.join",
          "conversations.invite");

  /** Methods whose {@code blocks} Slack checks against Block Kit's rules. */
  private static final Set<String> WITH_BLOCKS =
      Set.of("chat.postMessage", "chat.update", "chat.postEphemeral");

  private final RateLimits rateLimits = new RateLimits();

  private final AtomicLong messages = new AtomicLong();
  private final AtomicLong lastTs = new AtomicLong();
  private final Map<String, List<JsonObject>> history = new HashMap<>();
  private volatile String socketModeUrl;

  private record Fault(int status, String body, Map<String, String> headers) {}

  private FakeSlack() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
    server.setExecutor(threads);
    server.createContext("/api/", this::api);
    server.createContext("/response/", this::response);
    server.createContext("/upload/", this::upload);
    server.createContext("/files/", this::download);
    server.start();
  }

  public static FakeSlack start() {
    try {
      return new FakeSlack();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** For {@code SlackConfig#setMethodsEndpointUrlPrefix}. */
  public String apiUrl() {
    return base() + "/api/";
  }

  /** A response URL to put in a slash command or a click; what is posted there is recorded. */
  public String responseUrl(String name) {
    return base() + "/response/" + name;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** A workspace whose bot token the fake accepts. */
  public FakeSlack addWorkspace(String teamId, String botToken) {
    teamsByToken.put(botToken, teamId);
    return this;
  }

  public FakeSlack addUser(String teamId, String userId, String name, String tz, boolean admin) {
    JsonObject user = new JsonObject();
    user.addProperty("id", userId);
    user.addProperty("team_id", teamId);
    user.addProperty("name", name);
    user.addProperty("real_name", name);
    user.addProperty("tz", tz);
    user.addProperty("is_admin", admin);
    user.addProperty("is_owner", false);
    user.addProperty("is_bot", false);
    JsonObject profile = new JsonObject();
    profile.addProperty("display_name", name);
    profile.addProperty("real_name", name);
    profile.addProperty("image_72", "https://avatars.example/" + userId + ".png");
    user.add("profile", profile);
    users.put(teamId + ":" + userId, user);
    return this;
  }

  /**
   * The locale the user's Slack runs in, as Slack writes it ({@code fr-FR}, {@code he-IL}): {@code
   * users.info} says it only when asked with {@code include_locale=true}.
   */
  public FakeSlack setLocale(String teamId, String userId, String locale) {
    locales.put(teamId + ":" + userId, locale);
    return this;
  }

  /** A code that {@code oauth.v2.access} exchanges for an installation of the workspace. */
  public FakeSlack addOAuthCode(
      String code, String teamId, String teamName, String botToken, String installerId) {
    oauthCodes.put(code, new String[] {teamId, teamName, botToken, installerId});
    return this;
  }

  /** Where {@code apps.connections.open} sends Socket Mode clients. */
  public void attachSocketMode(String websocketUrl) {
    socketModeUrl = websocketUrl;
  }

  /** The next {@code times} calls of {@code method} answer HTTP 429 with this Retry-After. */
  public void rateLimitNext(String method, int times, int retryAfterSeconds) {
    failNext(
        method,
        times,
        429,
        "{\"ok\":false,\"error\":\"ratelimited\"}",
        Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
  }

  public void serverErrorNext(String method, int times) {
    failNext(method, times, 500, "Internal Server Error", Map.of());
  }

  public synchronized void failNext(
      String method, int times, int status, String body, Map<String, String> headers) {
    Deque<Fault> queue = faults.computeIfAbsent(method, m -> new ArrayDeque<>());
    for (int i = 0; i < times; i++) {
      queue.add(new Fault(status, body, headers));
    }
  }

  public void slowDown(String method, Duration delay) {
    delays.put(method, delay);
  }

  /**
   * A member shares a file in a channel; returns the file as Slack puts it in the message event,
   * its private URL served to the bot's token.
   */
  public JsonObject memberSharesFile(
      String teamId, String channelId, String userId, String name, String mimeType, byte[] bytes) {
    return files.memberShares(teamId, channelId, userId, name, mimeType, bytes).json(base());
  }

  /** What an uploaded file holds, or null when there is no such file (or it was deleted). */
  public byte[] fileBytes(String fileId) {
    SlackFileStore.StoredFile file = files.get(fileId);
    return file == null ? null : file.bytes();
  }

  /** The bot's reactions on a message, by Slack's names. */
  public Set<String> reactionsOn(String teamId, String channelId, String ts) {
    return Set.copyOf(reactions.getOrDefault(teamId + ":" + channelId + ":" + ts, Set.of()));
  }

  /** A workspace's own emoji, which it may react with by name. */
  public void addCustomEmoji(String teamId, String name) {
    customEmoji.add(teamId + ":" + name);
  }

  /**
   * From now on, at most {@code calls} calls of {@code method} in {@code window}, per channel for a
   * call made in one, per workspace otherwise; the others answer HTTP 429 with a Retry-After.
   */
  public void limitRate(String method, int calls, Duration window) {
    rateLimits.limit(method, calls, window);
  }

  /** A member of the channel invited the bot into it ({@code /invite @coshoring}). */
  public void inviteBot(String teamId, String channelId) {
    botChannels.add(teamId + ":" + channelId);
  }

  /** A private channel the bot is not in yet, as a workspace's members made it. */
  public void addPrivateChannel(String teamId, String channelId) {
    privateChannels.add(teamId + ":" + channelId);
  }

  /**
   * A member archived the channel: it can still be read, but posts, edits, deletes and joins answer
   * {@code is_archived}, and {@code conversations.info} shows it archived.
   */
  public void archive(String teamId, String channelId) {
    archivedChannels.add(teamId + ":" + channelId);
  }

  /** From now on, every call with this token answers {@code account_inactive}. */
  public void revoke(String botToken) {
    revoked.put(botToken, true);
  }

  /**
   * The workspace of this token installed the app before {@code scope} was asked for: the methods
   * that need it answer {@code missing_scope}, as Slack does.
   */
  public void withhold(String botToken, String scope) {
    withheld.computeIfAbsent(botToken, t -> ConcurrentHashMap.newKeySet()).add(scope);
  }

  public synchronized List<SlackCall> calls() {
    return List.copyOf(calls);
  }

  public synchronized List<SlackCall> calls(String method) {
    return calls.stream().filter(call -> call.method().equals(method)).toList();
  }

  /** Waits for a call of {@code method} that {@code matching} accepts. */
  public synchronized SlackCall awaitCall(
      String method, Predicate<SlackCall> matching, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (SlackCall call : calls) {
        if (call.method().equals(method) && matching.test(call)) {
          return call;
        }
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError(
            "no matching " + method + " call within " + timeout + "; calls: " + summary());
      }
      try {
        wait(Math.max(1, left / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  private String summary() {
    StringBuilder text = new StringBuilder();
    for (SlackCall call : calls) {
      text.append("\n  ").append(call.method()).append(' ').append(call.params());
    }
    return text.toString();
  }

  private void api(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestURI().getPath().substring("/api/".length());
    Map<String, String> params = params(exchange);
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String token =
        auth != null && auth.startsWith("Bearer ")
            ? auth.substring("Bearer ".length())
            : params.getOrDefault("token", "");
    Duration delay = delays.get(method);
    if (delay != null) {
      sleep(delay);
    }
    Fault fault = nextFault(method);
    if (fault == null) {
      fault = overRateLimit(method, token, params);
    }
    if (fault != null) {
      record(new SlackCall(method, token, params, null));
      fault.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      reply(exchange, fault.status(), fault.body());
      return;
    }
    JsonObject answer = answer(method, token, params);
    record(new SlackCall(method, token, params, answer));
    reply(exchange, 200, answer.toString());
  }

  /** An upload URL given by {@code files.getUploadURLExternal}: it takes the file's bytes. */
  private void upload(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/upload/".length());
    byte[] bytes;
    try (InputStream in = exchange.getRequestBody()) {
      bytes = in.readAllBytes();
    }
    boolean known = files.received(id, bytes);
    record(new SlackCall("upload", "", Map.of("file", id, "length", "" + bytes.length), null));
    reply(exchange, known ? 200 : 404, known ? "OK - " + bytes.length : "not found");
  }

  /**
   * A file's private URL: served only with a bot token of its workspace that was granted {@code
   * files:read}, as Slack serves it.
   */
  private void download(HttpExchange exchange) throws IOException {
    String id = exchange.getRequestURI().getPath().substring("/files/".length()).split("/")[0];
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : "";
    SlackFileStore.StoredFile file = files.get(id);
    record(new SlackCall("download", token, Map.of("file", id), null));
    if (file == null) {
      reply(exchange, 404, "not found");
      return;
    }
    if (!file.team().equals(teamsByToken.get(token)) || !granted(token).contains("files:read")) {
      // Slack shows its sign-in page rather than the file.
      reply(exchange, 403, "sign in to Slack");
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", file.mimeType());
    exchange.sendResponseHeaders(200, file.bytes().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(file.bytes());
    }
  }

  /** A 429 for a call over a limit a test set; null for one within it. */
  private Fault overRateLimit(String method, String token, Map<String, String> params) {
    return rateLimits
        .take(
            method,
            teamsByToken.getOrDefault(token, ""),
            params.getOrDefault("channel", ""),
            Instant.now())
        .map(
            wait ->
                new Fault(
                    429,
                    "{\"ok\":false,\"error\":\"ratelimited\"}",
                    Map.of("Retry-After", Long.toString(wait.toSeconds()))))
        .orElse(null);
  }

  /** Slack refuses blocks that break Block Kit's rules there too, as an incoming webhook does. */
  private void response(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring("/response/".length());
    Map<String, String> params = params(exchange);
    record(new SlackCall("response:" + name, "", params, null));
    boolean refused =
        params.containsKey("blocks")
            && !BlockKitRules.ofMessage(JsonParser.parseString(params.get("blocks"))).isEmpty();
    reply(exchange, refused ? 400 : 200, refused ? "invalid_blocks" : "ok");
  }

  private static boolean isReply(JsonObject message) {
    return message.has("thread_ts")
        && !message.get("thread_ts").getAsString().equals(message.get("ts").getAsString());
  }

  private static boolean inThread(JsonObject message, String thread) {
    return message.get("ts").getAsString().equals(thread)
        || (message.has("thread_ts") && message.get("thread_ts").getAsString().equals(thread));
  }

  /**
   * Slack's answer to a message it will not post: {@code no_text} with neither text nor blocks,
   * {@code msg_too_long} over its 40,000 characters; null for one it takes.
   */
  private static String refusedText(Map<String, String> params) {
    String text = params.getOrDefault("text", "");
    if (text.isBlank() && !params.containsKey("blocks")) {
      return "no_text";
    }
    return text.length() > 40_000 ? "msg_too_long" : null;
  }

  /**
   * Slack's answer to a message or a view that breaks Block Kit's rules: {@code invalid_blocks} for
   * a message, {@code invalid_arguments} for a view, each with its errors; null for one it takes.
   */
  private static JsonObject refusedLayout(String method, Map<String, String> params) {
    if (method.startsWith("views.") && params.containsKey("view")) {
      List<String> errors =
          BlockKitRules.ofView(JsonParser.parseString(params.get("view")).getAsJsonObject());
      return errors.isEmpty() ? null : withMessages(error("invalid_arguments"), errors);
    }
    if (WITH_BLOCKS.contains(method) && params.containsKey("blocks")) {
      List<String> errors = BlockKitRules.ofMessage(JsonParser.parseString(params.get("blocks")));
      if (errors.isEmpty()) {
        return null;
      }
      JsonObject refused = withMessages(error("invalid_blocks"), errors);
      JsonArray listed = new JsonArray();
      errors.forEach(listed::add);
      refused.add("errors", listed);
      return refused;
    }
    return null;
  }

  /** A view as Slack answers it: the view sent, with its id and a new hash. */
  private JsonObject view(String id, Map<String, String> params) {
    JsonObject view =
        params.containsKey("view")
            ? JsonParser.parseString(params.get("view")).getAsJsonObject()
            : new JsonObject();
    String hash = System.currentTimeMillis() / 1000 + "." + messages.incrementAndGet();
    view.addProperty("id", id);
    view.addProperty("hash", hash);
    viewHashes.put(id, hash);
    return view;
  }

  /** Slack's {@code response_metadata.messages}: each error, marked as one. */
  private static JsonObject withMessages(JsonObject answer, List<String> errors) {
    JsonArray messages = new JsonArray();
    errors.forEach(error -> messages.add("[ERROR] " + error));
    JsonObject metadata = new JsonObject();
    metadata.add("messages", messages);
    answer.add("response_metadata", metadata);
    return answer;
  }

  /** The scopes the token's workspace granted: the manifest's, but those withheld. */
  private Set<String> granted(String token) {
    Set<String> granted = new HashSet<>(Arrays.asList(SlackSettings.BOT_SCOPES.split(",")));
    granted.removeAll(withheld.getOrDefault(token, Set.of()));
    return granted;
  }

  /**
   * The bot scopes Slack's documentation says a method needs, for the kind of conversation it is
   * called on; methods that need none (views, auth.test) are left out.
   */
  private List<String> scopesFor(String method, String team, Map<String, String> params) {
    String kind = conversationKind(team, params.getOrDefault("channel", ""));
    return switch (method) {
      case "chat.postMessage" ->
          params.containsKey("username") || params.containsKey("icon_url")
              ? List.of("chat:write", "chat:write.customize")
              : List.of("chat:write");
      case "chat.update", "chat.delete", "chat.postEphemeral" -> List.of("chat:write");
      case "conversations.history", "conversations.replies" -> List.of(kind + ":history");
      case "conversations.info" -> List.of(kind + ":read");
      case "conversations.open" -> List.of("im:write");
      case "conversations.create" ->
          List.of(isPrivate(params) ? "groups:write" : "channels:manage");
      case "conversations.invite" ->
          List.of(kind.equals("groups") ? "groups:write" : "channels:manage");
      case "conversations.join" -> List.of("channels:join");
      case "users.info", "bots.info" -> List.of("users:read");
      case "files.getUploadURLExternal", "files.completeUploadExternal", "files.delete" ->
          List.of("files:write");
      case "files.list", "files.info" -> List.of("files:read");
      case "reactions.add", "reactions.remove" -> List.of("reactions:write");
      default -> List.of();
    };
  }

  /** Slack's name for a conversation's kind in its scopes: im, groups (private) or channels. */
  private String conversationKind(String team, String channel) {
    if (channel.startsWith("D") || channel.startsWith("U")) {
      return "im";
    }
    return privateChannels.contains(team + ":" + channel) ? "groups" : "channels";
  }

  private static boolean isPrivate(Map<String, String> params) {
    return isTrue(params.get("is_private"));
  }

  /** A boolean argument as Slack reads it: {@code true} or {@code 1}. */
  private static boolean isTrue(String value) {
    return Set.of("1", "true").contains(value);
  }

  /** Whether a message's ts lies between Slack's {@code oldest} and {@code latest}, as asked. */
  private static boolean within(
      JsonObject message, String oldest, String latest, boolean inclusive) {
    BigDecimal ts = new BigDecimal(message.get("ts").getAsString());
    if (oldest != null) {
      int since = ts.compareTo(new BigDecimal(oldest));
      if (since < 0 || (since == 0 && !inclusive)) {
        return false;
      }
    }
    if (latest != null) {
      int until = ts.compareTo(new BigDecimal(latest));
      return until < 0 || (until == 0 && inclusive);
    }
    return true;
  }

  private synchronized Fault nextFault(String method) {
    Deque<Fault> queue = faults.get(method);
    return queue == null ? null : queue.poll();
  }

  private synchronized void record(SlackCall call) {
    calls.add(call);
    notifyAll();
  }

  private JsonObject answer(String method, String token, Map<String, String> params) {
    JsonObject answer = new JsonObject();
    if (revoked.containsKey(token)) {
      return error("account_inactive");
    }
    String team = teamsByToken.get(token);
    boolean needsBot = !method.equals("oauth.v2.access") && !method.equals("apps.connections.open");
    if (needsBot && team == null) {
      return error("invalid_auth");
    }
    if (needsBot) {
      Set<String> granted = granted(token);
      for (String needed : scopesFor(method, team, params)) {
        if (!granted.contains(needed)) {
          JsonObject refused = error("missing_scope");
          refused.addProperty("needed", needed);
          refused.addProperty("provided", String.join(",", new TreeSet<>(granted)));
          return refused;
        }
      }
    }
    if (needsBot
        && REFUSED_WHEN_ARCHIVED.contains(method)
        && archivedChannels.contains(team + ":" + params.getOrDefault("channel", ""))) {
      return error("is_archived");
    }
    if (needsBot && NEEDS_MEMBERSHIP.contains(method)) {
      String channel = params.getOrDefault("channel", "");
      boolean direct = channel.startsWith("D") || channel.startsWith("U");
      if (!direct && !botChannels.contains(team + ":" + channel)) {
        // A private channel hides from a bot outside it; a public one refuses it.
        return error(
            privateChannels.contains(team + ":" + channel)
                ? "channel_not_found"
                : "not_in_channel");
      }
    }
    JsonObject refusedLayout = refusedLayout(method, params);
    if (refusedLayout != null) {
      return refusedLayout;
    }
    answer.addProperty("ok", true);
    switch (method) {
      case "files.getUploadURLExternal" -> {
        String name = params.getOrDefault("filename", "");
        long length = Long.parseLong(params.getOrDefault("length", "0"));
        if (name.isBlank() || length <= 0) {
          return error("invalid_arguments");
        }
        SlackFileStore.StoredFile slot = files.slot(team, name, length);
        answer.addProperty("upload_url", base() + "/upload/" + slot.id());
        answer.addProperty("file_id", slot.id());
      }
      case "files.completeUploadExternal" -> {
        String channel = params.get("channel_id");
        if (channel != null && !botChannels.contains(team + ":" + channel)) {
          return error("not_in_channel");
        }
        String ts = nextTs();
        String refused = files.complete(team, params.getOrDefault("files", "[]"), channel, ts);
        if (refused != null) {
          return error(refused);
        }
        JsonArray completed = new JsonArray();
        JsonParser.parseString(params.get("files"))
            .getAsJsonArray()
            .forEach(
                f ->
                    completed.add(
                        files.get(f.getAsJsonObject().get("id").getAsString()).json(base())));
        answer.add("files", completed);
        if (channel != null) {
          // Slack shares the files as a message of the bot's, in the thread if one was named.
          JsonObject message = new JsonObject();
          message.addProperty("ts", ts);
          message.addProperty("text", "");
          message.addProperty("user", "UBOT");
          message.add("files", completed);
          if (params.containsKey("thread_ts")) {
            message.addProperty("thread_ts", params.get("thread_ts"));
          }
          synchronized (history) {
            history.computeIfAbsent(team + ":" + channel, c -> new ArrayList<>()).add(0, message);
          }
        }
      }
      case "files.delete" -> {
        if (!files.delete(team, params.getOrDefault("file", ""))) {
          return error("file_not_found");
        }
      }
      case "files.list" -> {
        String from = params.get("ts_from");
        JsonArray listed = new JsonArray();
        files.sharedIn(team, params.getOrDefault("channel", "")).stream()
            .filter(
                f ->
                    from == null
                        || new BigDecimal(f.ts() == null ? "0" : f.ts())
                                .compareTo(new BigDecimal(from))
                            >= 0)
            .forEach(f -> listed.add(f.json(base())));
        answer.add("files", listed);
      }
      case "reactions.add", "reactions.remove" -> {
        String name = params.getOrDefault("name", "");
        if (EmojiManager.getBySlackAlias(name).isEmpty()
            && !customEmoji.contains(team + ":" + name)) {
          return error("invalid_name");
        }
        String key =
            team
                + ":"
                + params.getOrDefault("channel", "")
                + ":"
                + params.getOrDefault("timestamp", "");
        Set<String> on = reactions.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet());
        if (method.equals("reactions.add") && !on.add(name)) {
          return error("already_reacted");
        }
        if (method.equals("reactions.remove") && !on.remove(name)) {
          return error("no_reaction");
        }
      }
      case "auth.test" -> {
        answer.addProperty("url", "https://" + team + ".slack.com/");
        answer.addProperty("team", team);
        answer.addProperty("user", "coshoring");
        answer.addProperty("team_id", team);
        answer.addProperty("user_id", "UBOT");
        answer.addProperty("bot_id", "BBOT");
      }
      case "chat.postMessage" -> {
        String refused = refusedText(params);
        if (refused != null) {
          return error(refused);
        }
        String channel = params.getOrDefault("channel", "");
        String posted = channel.startsWith("U") ? "D" + channel : channel;
        String ts = nextTs();
        answer.addProperty("channel", posted);
        answer.addProperty("ts", ts);
        JsonObject message = new JsonObject();
        message.addProperty("text", params.getOrDefault("text", ""));
        message.addProperty("ts", ts);
        if (params.containsKey("metadata")) {
          message.add("metadata", JsonParser.parseString(params.get("metadata")));
        }
        if (params.containsKey("blocks")) {
          message.add("blocks", JsonParser.parseString(params.get("blocks")));
        }
        if (params.containsKey("thread_ts")) {
          message.addProperty("thread_ts", params.get("thread_ts"));
        }
        answer.add("message", message);
        synchronized (history) {
          history.computeIfAbsent(team + ":" + posted, c -> new ArrayList<>()).add(0, message);
        }
      }
      case "conversations.history", "conversations.replies" -> {
        String channel = params.getOrDefault("channel", "");
        // Newest first, as Slack answers; metadata only when asked for.
        List<JsonObject> kept;
        synchronized (history) {
          kept =
              List.copyOf(
                  history.getOrDefault(team + ":" + params.getOrDefault("channel", ""), List.of()));
        }
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        // The SDK sends booleans as 1, as Slack accepts them.
        boolean withMetadata = Set.of("1", "true").contains(params.get("include_all_metadata"));
        boolean inclusive = Set.of("1", "true").contains(params.get("inclusive"));
        // A channel's history holds no thread replies; a thread's replies are its parent and them.
        String thread = method.equals("conversations.replies") ? params.get("ts") : null;
        kept =
            kept.stream()
                .filter(m -> within(m, params.get("oldest"), params.get("latest"), inclusive))
                .filter(m -> thread == null ? !isReply(m) : inThread(m, thread))
                .toList();
        JsonArray listed = new JsonArray();
        for (JsonObject message : kept.subList(0, Math.min(limit, kept.size()))) {
          JsonObject shown = message.deepCopy();
          if (!withMetadata) {
            shown.remove("metadata");
          }
          listed.add(shown);
        }
        answer.add("messages", listed);
        answer.addProperty("has_more", kept.size() > limit);
      }
      case "chat.update", "chat.delete" -> {
        String refused = method.equals("chat.update") ? refusedText(params) : null;
        if (refused != null) {
          return error(refused);
        }
        String channel = params.getOrDefault("channel", "");
        String ts = params.getOrDefault("ts", "");
        synchronized (history) {
          List<JsonObject> kept = history.getOrDefault(team + ":" + channel, List.of());
          JsonObject message =
              kept.stream()
                  .filter(m -> m.get("ts").getAsString().equals(ts))
                  .findFirst()
                  .orElse(null);
          if (message == null) {
            return error("message_not_found");
          }
          if (method.equals("chat.delete")) {
            kept.remove(message);
          } else {
            message.addProperty("text", params.getOrDefault("text", ""));
            message.remove("blocks");
            if (params.containsKey("blocks")) {
              message.add("blocks", JsonParser.parseString(params.get("blocks")));
            }
          }
        }
        answer.addProperty("channel", channel);
        answer.addProperty("ts", ts);
      }
      case "conversations.open" -> {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", "D" + params.getOrDefault("users", "").split(",")[0]);
        answer.add("channel", channel);
      }
      case "views.open", "views.publish" -> {
        String id = "V" + messages.incrementAndGet();
        answer.add("view", view(id, params));
      }
      case "views.update" -> {
        // A view is named by its id, and its hash, when given, must be the latest Slack gave.
        String id = params.getOrDefault("view_id", "");
        String latest = viewHashes.get(id);
        if (latest == null) {
          return error("not_found");
        }
        if (params.containsKey("hash") && !params.get("hash").equals(latest)) {
          return error("hash_conflict");
        }
        answer.add("view", view(id, params));
      }
      case "conversations.create" -> {
        JsonObject channel = new JsonObject();
        channel.addProperty("id", "C" + messages.incrementAndGet());
        if (isPrivate(params)) {
          privateChannels.add(team + ":" + channel.get("id").getAsString());
        }
        botChannels.add(team + ":" + channel.get("id").getAsString());
        channel.addProperty("name", params.getOrDefault("name", ""));
        channel.addProperty("is_private", isPrivate(params));
        answer.add("channel", channel);
      }
      case "conversations.info" -> {
        String id = params.getOrDefault("channel", "");
        boolean isPrivate = privateChannels.contains(team + ":" + id);
        boolean member = botChannels.contains(team + ":" + id);
        if (isPrivate && !member) {
          return error("channel_not_found");
        }
        JsonObject channel = new JsonObject();
        channel.addProperty("id", id);
        channel.addProperty("name", id.toLowerCase(Locale.ROOT));
        channel.addProperty("is_channel", !isPrivate);
        channel.addProperty("is_private", isPrivate);
        channel.addProperty("is_member", member);
        channel.addProperty("is_archived", archivedChannels.contains(team + ":" + id));
        answer.add("channel", channel);
      }
      case "conversations.join" -> {
        String id = params.getOrDefault("channel", "");
        if (privateChannels.contains(team + ":" + id)) {
          return error("method_not_supported_for_channel_type");
        }
        botChannels.add(team + ":" + id);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", id);
        channel.addProperty("is_member", true);
        answer.add("channel", channel);
      }
      case "bots.info" -> {
        JsonObject bot = new JsonObject();
        bot.addProperty("id", params.getOrDefault("bot", "BBOT"));
        bot.addProperty("user_id", "UBOT");
        bot.addProperty("name", "coshoring");
        bot.addProperty("deleted", false);
        answer.add("bot", bot);
      }
      case "users.info" -> {
        String key = team + ":" + params.getOrDefault("user", "");
        JsonObject user = users.get(key);
        if (user == null) {
          return error("user_not_found");
        }
        JsonObject described = user.deepCopy();
        if (isTrue(params.get("include_locale"))) {
          described.addProperty("locale", locales.getOrDefault(key, "en-US"));
        }
        answer.add("user", described);
      }
      case "oauth.v2.access" -> {
        String[] install = oauthCodes.get(params.getOrDefault("code", ""));
        if (install == null) {
          return error("invalid_code");
        }
        teamsByToken.put(install[2], install[0]);
        answer.addProperty("app_id", "A1");
        JsonObject installer = new JsonObject();
        installer.addProperty("id", install[3]);
        answer.add("authed_user", installer);
        answer.addProperty("scope", SlackSettings.BOT_SCOPES);
        answer.addProperty("token_type", "bot");
        answer.addProperty("access_token", install[2]);
        answer.addProperty("bot_user_id", "UBOT");
        JsonObject teamObject = new JsonObject();
        teamObject.addProperty("id", install[0]);
        teamObject.addProperty("name", install[1]);
        answer.add("team", teamObject);
        answer.addProperty("is_enterprise_install", false);
      }
      case "apps.connections.open" -> {
        if (socketModeUrl == null || !token.startsWith("xapp-")) {
          return error("invalid_auth");
        }
        answer.addProperty("url", socketModeUrl);
      }
      default -> {
        // Other methods just succeed.
      }
    }
    return answer;
  }

  /** As Slack's: the time posted, in microseconds, unique in the workspace and rising. */
  private String nextTs() {
    messages.incrementAndGet();
    long micros =
        lastTs.accumulateAndGet(
            ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now()),
            (last, now) -> Math.max(last + 1, now));
    return String.format(Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
  }

  private static JsonObject error(String error) {
    JsonObject answer = new JsonObject();
    answer.addProperty("ok", false);
    answer.addProperty("error", error);
    return answer;
  }

  /** Form fields, or a JSON body's top-level fields (nested values as their JSON text). */
  private static Map<String, String> params(HttpExchange exchange) throws IOException {
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Map<String, String> params = new LinkedHashMap<>();
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null && type.startsWith("application/json")) {
      for (Map.Entry<String, JsonElement> field :
          JsonParser.parseString(body).getAsJsonObject().entrySet()) {
        JsonElement value = field.getValue();
        params.put(
            field.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
      }
      return params;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key =
          URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value =
          equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      params.put(key, value);
    }
    return params;
  }

  private static void reply(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange
        .getResponseHeaders()
        .add("Content-Type", body.startsWith("{") ? "application/json" : "text/plain");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
