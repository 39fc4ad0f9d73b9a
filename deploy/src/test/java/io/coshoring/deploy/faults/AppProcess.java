package io.coshoring.deploy.faults;

import io.coshoring.discord.testing.FakeDiscord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real jar, {@code java -jar coshoring.jar}, as a child process pointed at the fakes, on one
 * data folder and one port across its restarts. It can be killed with SIGKILL at any moment and
 * started again at once; each start's time to {@code /health/ready} is kept.
 */
final class AppProcess implements AutoCloseable {

  private static final Duration READY_WITHIN = Duration.ofSeconds(90);

  private final Path jar;
  private final Path data;
  private final Path log;
  private final int port;
  private final Map<String, String> settings;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private final List<Duration> startups = new ArrayList<>();
  private Process process;
  private long startedAt;
  private boolean ready;

  AppProcess(Path jar, Path folder, FakePlatforms fakes) {
    this.jar = jar;
    this.data = folder.resolve("data");
    this.log = folder.resolve("app.log");
    this.port = freePort();
    this.settings =
        Map.ofEntries(
            Map.entry("COSHORING_DATA_DIR", data.toString()),
            Map.entry("COSHORING_HTTP_HOST", "127.0.0.1"),
            Map.entry("COSHORING_HTTP_PORT", Integer.toString(port)),
            // Each member gets one proposal here; the cap only matters if matching strays.
            Map.entry("COSHORING_DAILY_MATCH_MESSAGES", "100"),
            Map.entry("COSHORING_LOG_LEVEL", "INFO"),
            Map.entry("SLACK_SIGNING_SECRET", FakePlatforms.SIGNING_SECRET),
            Map.entry("SLACK_BOT_TOKEN", FakePlatforms.BOT_TOKEN),
            Map.entry("SLACK_API_URL", fakes.slack.apiUrl()),
            Map.entry("DISCORD_TOKEN", FakeDiscord.TOKEN),
            Map.entry("DISCORD_API_URL", fakes.discord.restUrl()),
            Map.entry("DISCORD_GATEWAY_URL", fakes.discord.gateway().url()));
  }

  String slackEndpoint() {
    return "http://127.0.0.1:" + port + "/slack/events";
  }

  Path database() {
    return data.resolve("coshoring.db");
  }

  Path log() {
    return log;
  }

  synchronized void start() {
    ProcessBuilder builder =
        new ProcessBuilder(javaCommand(), "-Xmx512m", "-jar", jar.toAbsolutePath().toString())
            .directory(log.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    // Only the settings of this run: none of the harness's own environment leaks in.
    builder.environment().keySet().removeIf(AppProcess::isSetting);
    builder.environment().putAll(settings);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    startedAt = System.nanoTime();
    ready = false;
  }

  /**
   * SIGKILL (destroyForcibly on Linux), nothing flushed, nothing closed; then started again.
   *
   * @return whether the process killed was serving, rather than still starting
   */
  synchronized boolean killAndRestart() throws InterruptedException {
    boolean wasServing = ready;
    process.destroyForcibly();
    process.waitFor();
    note("SIGKILL, " + (wasServing ? "while serving" : "while starting") + "; starting again");
    start();
    return wasServing;
  }

  /** A line in the app's log, between two processes' lines, to read the log by. */
  private void note(String line) {
    try {
      Files.writeString(
          log,
          "=== fault harness, " + Instant.now() + ": " + line + System.lineSeparator(),
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the current process answers ready; false if it died or took too long. */
  boolean awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      Process current;
      synchronized (this) {
        current = process;
        if (ready) {
          return true;
        }
      }
      if (!current.isAlive()) {
        return false;
      }
      if (answersReady()) {
        synchronized (this) {
          if (current == process && !ready) {
            ready = true;
            startups.add(Duration.ofNanos(System.nanoTime() - startedAt));
          }
        }
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  synchronized List<Duration> startups() {
    return List.copyOf(startups);
  }

  /** SIGTERM, as {@code docker stop} sends it: the app finishes what it took and exits. */
  synchronized boolean stop(Duration within) throws InterruptedException {
    process.destroy();
    boolean exited = process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor();
    }
    return exited;
  }

  private boolean answersReady() {
    try {
      HttpResponse<Void> answer =
          http.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                  .timeout(Duration.ofSeconds(1))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return answer.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean isSetting(String name) {
    return name.startsWith("COSHORING_")
        || name.startsWith("SLACK_")
        || name.startsWith("DISCORD_");
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Never leaves the child behind, whatever way the harness ends. */
  @Override
  public synchronized void close() {
    if (process != null) {
      process.destroyForcibly();
    }
  }
}
