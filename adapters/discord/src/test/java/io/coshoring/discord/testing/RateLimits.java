package io.coshoring.discord.testing;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Discord's per-route rate limits. A bucket is a method and route, such as {@code POST
 * channels/{id}/messages}, for one major parameter (the channel, the guild, or the webhook with its
 * token); it takes so many requests in a window that opens with its first, and answers the rest 429
 * until the window ends. Every answer carries its bucket's headers, as Discord's do, and JDA paces
 * itself by them.
 */
final class RateLimits {

  /** Unless a test says otherwise, so that the suite's bursts never wait. */
  private static final Limit GENEROUS = new Limit(10_000, Duration.ofSeconds(1));

  private record Limit(int requests, Duration window) {}

  private static final class Bucket {
    int used;
    long resetAtMillis;
  }

  private final Map<String, Limit> limits = new ConcurrentHashMap<>();
  private final Map<String, Bucket> buckets = new HashMap<>();

  /**
   * @param route a path with {@code {id}} for each snowflake and {@code {token}} for a webhook's or
   *     an interaction's token, such as {@code channels/{id}/messages}; each method on it is a
   *     bucket of its own
   */
  void limit(String route, int requests, Duration window) {
    limits.put(route, new Limit(requests, window));
  }

  /** Counts a request against its bucket, unless the bucket is spent. */
  synchronized Use use(String method, String path) {
    String[] parts = path.split("/");
    String route = template(parts);
    Limit limit = limits.getOrDefault(route, GENEROUS);
    Bucket bucket =
        buckets.computeIfAbsent(method + " " + route + " " + major(parts), key -> new Bucket());
    long now = System.currentTimeMillis();
    if (now >= bucket.resetAtMillis) {
      bucket.used = 0;
      bucket.resetAtMillis = now + limit.window().toMillis();
    }
    boolean spent = bucket.used >= limit.requests();
    if (!spent) {
      bucket.used++;
    }
    return new Use(
        hash(method + " " + route),
        limit.requests(),
        limit.requests() - bucket.used,
        bucket.resetAtMillis,
        bucket.resetAtMillis - now,
        spent);
  }

  /** A request counted against its bucket, or refused for a spent one. */
  record Use(
      String bucket,
      int limit,
      int remaining,
      long resetAtMillis,
      long resetAfterMillis,
      boolean spent) {

    void writeTo(Headers headers) {
      // Discord's answers come through Google's front end: without Via, JDA takes a 429 for
      // Cloudflare's, which stops every route.
      headers.set("Via", "1.1 google");
      headers.set("X-RateLimit-Bucket", bucket);
      headers.set("X-RateLimit-Limit", Integer.toString(limit));
      headers.set("X-RateLimit-Remaining", Integer.toString(remaining));
      headers.set("X-RateLimit-Reset", seconds(resetAtMillis));
      headers.set("X-RateLimit-Reset-After", seconds(resetAfterMillis));
      if (spent) {
        // Retry-After is in whole seconds, rounded up; the body says it to the millisecond.
        headers.set("Retry-After", Long.toString((resetAfterMillis + 999) / 1000));
        headers.set("X-RateLimit-Scope", "user");
      }
    }

    String refusal() {
      JsonObject body = new JsonObject();
      body.addProperty("message", "You are being rate limited.");
      body.addProperty("retry_after", resetAfterMillis / 1000.0);
      body.addProperty("global", false);
      return body.toString();
    }

    private static String seconds(long millis) {
      return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
  }

  /** The route, its snowflakes and tokens replaced by placeholders. */
  private static String template(String[] parts) {
    StringBuilder route = new StringBuilder(placeholder(parts, 0));
    for (int i = 1; i < parts.length; i++) {
      route.append('/').append(placeholder(parts, i));
    }
    return route.toString();
  }

  private static String placeholder(String[] parts, int i) {
    if (i == 2 && (parts[0].equals("webhooks") || parts[0].equals("interactions"))) {
      return "{token}";
    }
    if (parts[i].matches("\\d+")) {
      return "{id}";
    }
    return i > 0 && parts[i - 1].equals("reactions") ? "{emoji}" : parts[i];
  }

  /** What Discord keeps a bucket for each of: a channel, a guild, a webhook and its token. */
  private static String major(String[] parts) {
    return switch (parts[0]) {
      case "channels", "guilds" -> parts.length > 1 ? parts[1] : "";
      case "webhooks", "interactions" ->
          parts.length > 2 ? parts[1] + "/" + parts[2] : parts.length > 1 ? parts[1] : "";
      default -> "";
    };
  }

  /** Opaque and stable, as Discord's bucket hashes are; the same for every major parameter. */
  private static String hash(String route) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(route.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
