package io.coshoring.web;

import io.coshoring.core.api.Wall;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Open Server-Sent Events streams that follow the wall: the wall's changes are handed to them from
 * one thread of their own, in the order they happened, so that posting never waits for a page; a
 * stream that cannot be written to is dropped, and every stream hears something often enough that
 * no proxy closes it for silence.
 *
 * @param <T> a stream with what its page asked for
 */
final class LiveStreams<T> implements AutoCloseable {

  /** Proxies close a stream that says nothing for a minute or so. */
  private static final Duration KEEP_ALIVE = Duration.ofSeconds(25);

  private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);

  private final Set<T> streams = ConcurrentHashMap.newKeySet();
  private final Function<T, SseClient> clientOf;
  private final ScheduledExecutorService sender;
  private final AutoCloseable following;

  /**
   * @param tell what to send the open streams of a change, on the streams' own thread
   */
  LiveStreams(
      String name, Wall wall, Function<T, SseClient> clientOf, Consumer<Wall.WallChange> tell) {
    this.clientOf = clientOf;
    this.sender =
        Executors.newSingleThreadScheduledExecutor(
            work -> {
              Thread thread = new Thread(work, name);
              thread.setDaemon(true);
              return thread;
            });
    this.following = wall.follow(change -> sender.execute(() -> tell.accept(change)));
    sender.scheduleAtFixedRate(
        this::keepAlive, KEEP_ALIVE.toSeconds(), KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
  }

  void open(T stream) {
    SseClient client = clientOf.apply(stream);
    streams.add(stream);
    client.onClose(() -> streams.remove(stream));
    client.keepAlive();
    // Sent at once, so that the browser knows the stream is open before any change.
    client.sendComment("open");
  }

  int size() {
    return streams.size();
  }

  /** Sends each open stream what {@code send} writes; one that fails is dropped. */
  void each(Consumer<T> send) {
    for (T stream : List.copyOf(streams)) {
      try {
        send.accept(stream);
      } catch (RuntimeException e) {
        log.debug("a live page could not be told: {}", e.toString());
        streams.remove(stream);
      }
    }
  }

  private void keepAlive() {
    for (T stream : List.copyOf(streams)) {
      if (clientOf.apply(stream).terminated()) {
        streams.remove(stream);
      } else {
        clientOf.apply(stream).sendComment("");
      }
    }
  }

  @Override
  public void close() {
    try {
      following.close();
    } catch (Exception e) {
      log.debug("the wall's changes could not be left: {}", e.toString());
    }
    sender.shutdownNow();
    for (T stream : List.copyOf(streams)) {
      clientOf.apply(stream).close();
    }
  }
}
