package io.coshoring.slack.load;

import io.coshoring.slack.SlackTestApp;
import io.coshoring.slack.testing.FakeSlack;
import io.coshoring.slack.testing.SlackRequests;
import io.javalin.Javalin;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends signed {@code /offer} commands over loopback HTTP at a fixed rate and reports the ack
 * latency, p50 and p99, and the errors. The same load first goes to a bare Javalin route that
 * answers at once, in the same process, so the figures come with the share of the HTTP stack.
 * Talks only to 127.0.0.1; stops by itself.
 *
 * <p>Arguments: {@code [rate per second, default 200] [seconds, default 60]}.
 */
public final class CommandLoad {

  private static final String[] SKILLS = {
    "react", "typescript", "video-editing", "seo", "copywriting", "figma", "python", "kubernetes",
    "accounting", "translation", "photography", "ux-design", "django", "flutter", "branding"
  };

  private CommandLoad() {}

  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    Path folder = Files.createTempDirectory("coshoring-load");
    FakeSlack slack = FakeSlack.start();
    slack.addWorkspace("T1", "xoxb-load");
    for (int user = 0; user < 2_000; user++) {
      slack.addUser("T1", "U" + user, "member" + user, "Europe/Paris", false);
    }
    Javalin baseline =
        Javalin.create(config -> config.routes.post("/baseline", ctx -> ctx.result("")))
            .start("127.0.0.1", 0);
    try (SlackTestApp app = SlackTestApp.withBotToken(folder, slack.apiUrl(), "xoxb-load")) {
      SlackRequests bare =
          new SlackRequests(
              "http://127.0.0.1:" + baseline.port() + "/baseline", SlackTestApp.SIGNING_SECRET);
      SlackRequests ours = new SlackRequests(app.eventsUrl(), SlackTestApp.SIGNING_SECRET);
      String responseUrl = slack.responseUrl("load");

      run("warm-up of the baseline", bare, responseUrl, rate, 5);
      run("warm-up of coshoring", ours, responseUrl, rate, 5);
      Result base = run("baseline (bare Javalin route)", bare, responseUrl, rate, seconds);
      Result slackRoute = run("coshoring Slack route", ours, responseUrl, rate, seconds);
      System.out.printf(
          Locale.ROOT,
          "ratio to baseline: p50 %.1fx, p99 %.1fx%n",
          slackRoute.p50() / base.p50(),
          slackRoute.p99() / base.p99());
      int expected = slackRoute.sent() + rate * 5;
      long end = System.nanoTime();
      int answered = awaitAnswers(slack, expected);
      System.out.printf(
          Locale.ROOT,
          "commands answered through response_url: %d of %d, the last %.1f s after the load"
              + " ended (posts stored: %d)%n",
          answered,
          expected,
          (System.nanoTime() - end) / 1e9,
          app.postCount());
    } finally {
      baseline.stop();
      slack.close();
    }
  }

  record Result(int sent, int errors, double p50, double p99, double max) {}

  private static Result run(
      String name, SlackRequests requests, String responseUrl, int rate, int seconds)
      throws InterruptedException {
    int total = rate * seconds;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    List<CompletableFuture<?>> pending = new ArrayList<>(total);
    long intervalNanos = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      int user = i % 2_000;
      HttpRequest request =
          requests.slashCommandRequest(
              "C1",
              "T1",
              "load",
              "U" + user,
              "member" + user,
              "/offer",
              "Freelance " + SKILLS[i % SKILLS.length] + " work, " + (i % 12 + 1)
                  + " years, remote #" + SKILLS[(i * 7) % SKILLS.length],
              responseUrl,
              name + "-trigger-" + i);
      long sent = System.nanoTime();
      pending.add(
          requests
              .client()
              .sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, failure) -> {
                    latencies.add(System.nanoTime() - sent);
                    if (failure != null || response.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    Result result =
        new Result(
            total,
            errors.get(),
            percentile(sorted, 0.50),
            percentile(sorted, 0.99),
            sorted.get(sorted.size() - 1) / 1e6);
    System.out.printf(
        Locale.ROOT,
        "%s: %d requests in %.1f s (%.0f/s), errors %d, ack latency p50 %.2f ms, p99 %.2f ms,"
            + " max %.2f ms%n",
        name,
        total,
        elapsed,
        total / elapsed,
        result.errors(),
        result.p50(),
        result.p99(),
        result.max());
    return result;
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }

  /** Waits, 3 minutes at most, until the commands' answers reach the fake; returns how many. */
  private static int awaitAnswers(FakeSlack slack, int expected) throws InterruptedException {
    long deadline = System.nanoTime() + 180_000_000_000L;
    int answered = slack.calls("response:load").size();
    while (answered < expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
      answered = slack.calls("response:load").size();
    }
    return answered;
  }

}
