package io.coshoring.web;

import io.coshoring.core.CoshoringCore;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.SkillTaxonomy;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * The core with the wall mounted on a real server on 127.0.0.1, members acting through commands as
 * on any platform, and a browser's requests made with Java's HTTP client.
 */
final class TestWall implements AutoCloseable {

  final CoshoringCore core;
  final WallSite site;
  private final Javalin server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestWall(Path folder) {
    this(folder, publicUrl -> WallSettings.PUBLIC);
  }

  /** The wall with signing in and its readers, as the settings made for its address say. */
  TestWall(Path folder, Function<String, WallSettings> settings) {
    Clock clock = Clock.systemUTC();
    int port = freePort();
    core =
        CoshoringCore.builder(
                Database.sqlite(folder), MatchingEngine.inMemory(SkillTaxonomy.standard(), clock))
            .clock(clock)
            .build();
    core.start();
    WallSite[] mounted = new WallSite[1];
    server =
        Javalin.create(
                config ->
                    mounted[0] =
                        WallSite.mount(
                            config, core, clock, settings.apply("http://127.0.0.1:" + port)))
            .start("127.0.0.1", port);
    site = mounted[0];
  }

  /** A member of a space types a command, as on Slack or Discord; returns the answer. */
  String types(String member, String line) {
    return command(member, line, false);
  }

  /** An admin of their space types a command: {@code /coshore setup}, say. */
  String adminTypes(String member, String line) {
    return command(member, line, true);
  }

  /** A member clicks the button whose action is {@code actionId}; returns the answer. */
  String clicks(String member, String actionId) {
    return core.click(new ButtonClick(MemberRef.parse(member), actionId, null)).message().text();
  }

  private String command(String member, String line, boolean admin) {
    String[] parts = line.substring(1).split("\\s+", 2);
    MemberRef ref = MemberRef.parse(member);
    String name = ref.local();
    return core.command(
            new InboundCommand(
                ref,
                Character.toUpperCase(name.charAt(0)) + name.substring(1) + " Martin",
                ref.space().local(),
                admin,
                parts[0],
                parts.length > 1 ? parts[1] : "",
                new ChannelRef("console", ref.space().local() + "#general")))
        .message()
        .text();
  }

  HttpResponse<String> get(String path, String acceptLanguage) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10));
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  HttpClient http() {
    return http;
  }

  @Override
  public void close() {
    site.close();
    server.stop();
    core.close();
  }
}
