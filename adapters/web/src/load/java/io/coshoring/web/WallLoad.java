package io.coshoring.web;

import io.coshoring.core.CoshoringCore;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostState;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.SkillTaxonomy;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The wall under load, on 127.0.0.1 only: a network of {@code posts} open posts (a tenth kept
 * inside their space), then (1) the wall's page asked for 2,000 times under eight filters, timed
 * by the server and against a static file asked as often in the same process; (2) {@code clients}
 * pages following the wall live, and 20 new posts made one every half second: how long after the
 * post was handed to the core each page has its card. Stops by itself.
 *
 * <p>{@code ./mvnw -B -ntp -pl adapters/web -am -Pload test-compile exec:exec
 * -Dload.args="10000 1000"}
 */
public final class WallLoad {

  private static final String[] WORK = {
    "promo video editing with Premiere Pro, FR/EN",
    "a React and TypeScript front-end, 3 weeks",
    "English to French translation of a website",
    "UX design in Figma for an onboarding flow",
    "a Python and Django API, remote",
    "bookkeeping and VAT for a small company",
    "Kubernetes and CI/CD on AWS",
    "product photography in a studio",
    "community management on Instagram and LinkedIn",
    "SEO audit and content strategy"
  };

  private static final List<String> PAGES =
      List.of(
          "/",
          "/?kind=offer",
          "/?q=react",
          "/?skill=Video%20editing",
          "/?city=Paris",
          "/?mode=remote&hl=fr",
          "/?hours=4&tz=Asia/Tokyo",
          "/?hl=he&kind=demand");

  private static final int PAGE_REQUESTS = 2_000;
  private static final int WARM_UP = 300;
  private static final int NEW_POSTS = 20;

  private WallLoad() {}

  public static void main(String[] args) throws Exception {
    int posts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    Path folder = Files.createTempDirectory("wall-load");
    Clock clock = Clock.systemUTC();
    Database database = Database.sqlite(folder);
    fill(database, clock, posts);
    ConcurrentHashMap<String, List<Long>> serverNanos = new ConcurrentHashMap<>();
    try (CoshoringCore core =
        CoshoringCore.builder(database, MatchingEngine.inMemory(SkillTaxonomy.standard(), clock))
            .clock(clock)
            .build()) {
      System.out.printf(Locale.ROOT, "%d open posts loaded%n", core.start());
      WallSite[] site = new WallSite[1];
      Javalin http =
          Javalin.create(
                  config -> {
                    site[0] = WallSite.mount(config, core, clock, WallSettings.PUBLIC);
                    config.requestLogger.http(
                        (ctx, ms) ->
                            serverNanos
                                .computeIfAbsent(
                                    ctx.path().startsWith("/assets") ? "static" : "page",
                                    key -> new java.util.concurrent.CopyOnWriteArrayList<>())
                                .add((long) (ms * 1_000_000)));
                  })
              .start("127.0.0.1", 0);
      String base = "http://127.0.0.1:" + http.port();
      HttpClient client = HttpClient.newHttpClient();
      try {
        pages(client, base, serverNanos);
        live(client, base, site[0], core, clients);
      } finally {
        site[0].close();
        http.stop();
      }
    }
  }

  private static void pages(
      HttpClient client, String base, ConcurrentHashMap<String, List<Long>> serverNanos)
      throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      get(client, base + PAGES.get(i % PAGES.size()));
      get(client, base + "/assets/wall.css");
    }
    serverNanos.clear();
    long[] page = new long[PAGE_REQUESTS];
    long[] file = new long[PAGE_REQUESTS];
    for (int i = 0; i < PAGE_REQUESTS; i++) {
      long start = System.nanoTime();
      get(client, base + PAGES.get(i % PAGES.size()));
      page[i] = System.nanoTime() - start;
      start = System.nanoTime();
      get(client, base + "/assets/wall.css");
      file[i] = System.nanoTime() - start;
    }
    long[] pageServer =
        serverNanos.getOrDefault("page", List.of()).stream().mapToLong(Long::longValue).toArray();
    report("wall page, as the client waits", page);
    report("wall page, server time", pageServer);
    report("static file (baseline), as the client waits", file);
    System.out.printf(
        Locale.ROOT,
        "page p99 / baseline p99 = %.1f%n",
        (double) percentile(page, 99) / percentile(file, 99));
  }

  private static void live(
      HttpClient client, String base, WallSite site, CoshoringCore core, int clients)
      throws Exception {
    long[] postedAt = new long[NEW_POSTS];
    Arrays.fill(postedAt, -1);
    ConcurrentLinkedQueue<long[]> received = new ConcurrentLinkedQueue<>();
    AtomicLong opened = new AtomicLong();
    String[] variants = {"", "?hl=fr&tz=Europe/Paris", "?hl=he&tz=Asia/Jerusalem", "?tz=UTC"};
    for (int c = 0; c < clients; c++) {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + WallSite.EVENTS + variants[c % 4]))
              .header("Accept", "text/event-stream")
              .build();
      client
          .sendAsync(
          request,
          HttpResponse.BodyHandlers.fromLineSubscriber(
              new Flow.Subscriber<String>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                  opened.incrementAndGet();
                  subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(String line) {
                  int at = line.indexOf("load-post-");
                  if (line.startsWith("data:") && at >= 0) {
                    long now = System.nanoTime();
                    int k = Integer.parseInt(line.substring(at + 10).split("\\D", 2)[0]);
                    received.add(new long[] {k, now});
                  }
                }

                @Override
                public void onError(Throwable throwable) {
                  System.out.println("a page's stream failed: " + throwable);
                }

                @Override
                public void onComplete() {}
              }))
          .exceptionally(
              failed -> {
                System.out.println("a page could not open: " + failed);
                return null;
              });
    }
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (site.livePages() < clients && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    System.out.printf(Locale.ROOT, "%d of %d pages follow the wall live%n", site.livePages(), clients);
    long[] posting = new long[NEW_POSTS];
    for (int k = 0; k < NEW_POSTS; k++) {
      postedAt[k] = System.nanoTime();
      core.command(
          new InboundCommand(
              MemberRef.parse("console:space" + (k % 10) + ":poster" + k),
              "Poster " + k,
              "Space " + (k % 10),
              false,
              "offer",
              "load-post-" + k + " I edit promo videos, FR/EN, remote",
              new ChannelRef("console", "space" + (k % 10) + "#general")));
      posting[k] = System.nanoTime() - postedAt[k];
      Thread.sleep(500);
    }
    Thread.sleep(3_000);
    List<Long> latencies = new ArrayList<>();
    for (long[] event : received) {
      latencies.add(event[1] - postedAt[(int) event[0]]);
    }
    long expected = (long) NEW_POSTS * site.livePages();
    System.out.printf(
        Locale.ROOT,
        "cards received %d of %d expected (%d pages x %d posts)%n",
        latencies.size(),
        expected,
        site.livePages(),
        NEW_POSTS);
    report("new post to card on a live page", latencies.stream().mapToLong(Long::longValue).toArray());
    report("posting, the command alone (baseline)", posting);
  }

  private static void get(HttpClient client, String url) throws Exception {
    HttpResponse<Void> response =
        client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
  }

  private static void report(String what, long[] nanos) {
    if (nanos.length == 0) {
      System.out.printf(Locale.ROOT, "%-45s no sample%n", what);
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%-45s n=%d p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        what,
        nanos.length,
        percentile(nanos, 50) / 1e6,
        percentile(nanos, 99) / 1e6,
        percentile(nanos, 100) / 1e6);
  }

  private static long percentile(long[] values, int p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static void fill(Database database, Clock clock, int count) {
    SpaceStore spaces = new SpaceStore(database, clock);
    MemberStore members = new MemberStore(database, clock);
    PostStore posts = new PostStore(database);
    String[][] cities = {
      {"Paris", "Europe/Paris"}, {"Tel Aviv", "Asia/Jerusalem"}, {"Berlin", "Europe/Berlin"}
    };
    for (int s = 0; s < 100; s++) {
      spaces.save(
          new Space(
              "console:space" + s,
              "Space " + s,
              cities[s % 3][0],
              ZoneId.of(cities[s % 3][1]),
              Visibility.NETWORK,
              Set.of(),
              null,
              null));
    }
    for (int m = 0; m < 5_000; m++) {
      members.save(
          Member.newcomer(
              "console:space" + (m % 100) + ":m" + m, "console:space" + (m % 100), "Member " + m));
    }
    Instant now = clock.instant();
    database.writeAll(
        handle -> {
          for (int i = 0; i < count; i++) {
            MemberPost post =
                new MemberPost(
                    "w" + i,
                    "console:space" + (i % 100) + ":m" + (i % 5_000),
                    i % 2 == 0 ? PostKind.OFFER : PostKind.DEMAND,
                    (i % 2 == 0 ? "I offer " : "Need ") + WORK[i % WORK.length] + " #" + i,
                    i % 3 == 0 ? WorkMode.EITHER : WorkMode.REMOTE,
                    null,
                    null,
                    null,
                    i % 10 == 0 ? Visibility.SPACE : Visibility.NETWORK,
                    null,
                    PostState.OPEN,
                    now.minus(Duration.ofMinutes(count - i)),
                    now.plus(Duration.ofDays(30)),
                    null,
                    null);
            posts.insert(handle, post, null);
            posts.markCaughtUp(handle, post.id(), now);
          }
        });
  }
}
