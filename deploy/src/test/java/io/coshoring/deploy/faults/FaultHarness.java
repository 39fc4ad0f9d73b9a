package io.coshoring.deploy.faults;

import io.coshoring.slack.testing.SlackRequests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The fault harness of issue 11: the real jar as a child process against the fake Slack and the
 * fake Discord run here; offers, demands, clicks and bridged messages at a steady rate; the child
 * killed with SIGKILL at random moments and started again at once; then, once all is quiet, what
 * was acknowledged and lost, unanswered, never matched, sent twice or relayed out of order. Exits 1
 * when any of those is not 0. Everything on 127.0.0.1, bounded in time, cleaned up on exit.
 *
 * <p>{@code ./mvnw -pl deploy -Pfaults package exec:exec -DskipTests} after an {@code install};
 * arguments in {@code -Dfaults.args}, see {@link FaultPlan#USAGE}; {@code -Dfaults.keep=true} keeps
 * the temporary folder (data and the app's log) for reading.
 */
public final class FaultHarness {

  private FaultHarness() {}

  public static void main(String[] args) {
    int status;
    try {
      status = run(FaultPlan.of(args)) ? 0 : 1;
    } catch (Exception e) {
      e.printStackTrace();
      status = 2;
    }
    System.exit(status);
  }

  private static boolean run(FaultPlan plan) throws Exception {
    Path jar = Path.of(System.getProperty("faults.jar", "target/coshoring.jar"));
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " is missing: run package first");
    }
    Path folder = Files.createTempDirectory("coshoring-faults");
    FakePlatforms fakes = new FakePlatforms();
    fakes.answerIn(plan.latency());
    AppProcess app = new AppProcess(jar, folder, fakes);
    boolean keep = Boolean.getBoolean("faults.keep");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  fakes.close();
                  if (keep) {
                    System.out.println("Kept " + folder);
                  } else {
                    delete(folder);
                  }
                },
                "faults-cleanup"));

    app.start();
    if (!app.awaitReady()) {
      throw new IllegalStateException("the app did not become ready; see " + app.log());
    }
    String run = runTag();
    Ledger ledger = new Ledger();
    SlackRequests slack = new SlackRequests(app.slackEndpoint(), FakePlatforms.SIGNING_SECRET);
    BridgeTraffic bridge = new BridgeTraffic(fakes, slack, ledger, run);
    bridge.create();
    PairTraffic pairs = new PairTraffic(fakes, slack, ledger, run);

    System.out.printf(
        Locale.ROOT,
        "Fault run %s: %s pairs/s and %s bridged messages/s each way for %d s, %d SIGKILLs,"
            + " platforms answering in %d ms.%n",
        run,
        plan.pairsPerSecond(),
        plan.relayPerSecond(),
        plan.seconds(),
        plan.kills(),
        plan.latencyMillis());
    LoadRun load = new LoadRun(plan, app, fakes, slack, ledger, pairs, bridge);
    load.run();
    Duration settled = load.settle();
    boolean stopped = app.stop(Duration.ofSeconds(45));

    Findings findings =
        new Findings(
            ledger,
            new Deliveries(fakes),
            PostsOnDisk.requestKeys(app.database()),
            pairs,
            load.kills());
    new Report(plan, load, app.startups(), settled, stopped).print(findings, System.out);
    return findings.clean();
  }

  /** Four letters of this run, in every tag and id it makes, so that no two runs' ids meet. */
  private static String runTag() {
    Random random = new Random();
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      tag.append((char) ('a' + random.nextInt(26)));
    }
    return tag.toString();
  }

  private static void delete(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(FaultHarness::deleteOne);
    } catch (IOException e) {
      System.err.println("Could not clean " + folder + ": " + e.getMessage());
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
