package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.api.ButtonClick;
import io.coshoring.core.api.InboundCommand;
import io.coshoring.core.api.Request;
import io.coshoring.core.post.ExpiryReminders;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request taken is never lost and never done twice: it is committed before its platform is
 * acknowledged, run from the database, and answered once. Crash points are injected with triggers
 * that abort the transaction at that point; a crash is the core closed and opened again.
 */
class InboxTest {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final MemberRef ALICE = MemberRef.parse("console:paris:alice");

  @TempDir Path folder;

  @Test
  void aRequestIsRunAndAnsweredOnceAndItsResendIsNotTakenAgain() {
    RecordingAdapter platform = new RecordingAdapter();
    try (TestNetwork network = started(platform)) {
      Request offer = offer("req-1");

      assertTrue(network.core.receive(offer));
      assertFalse(network.core.receive(offer), "the platform's resend");

      List<OutgoingMessage> answers = platform.awaitReplies("reply:req-1", WAIT);
      assertEquals(1, answers.size());
      assertTrue(answers.get(0).text().contains("is posted"), answers.get(0).text());
      assertEquals(1, posts(network));
    }
  }

  @Test
  void aRequestTakenBeforeACrashRunsAfterTheRestart() {
    try (TestNetwork network = started(new RecordingAdapter())) {
      // The crash point: after the request is taken, before its post can be stored.
      trigger(network, "BEFORE INSERT ON posts", "crash before the post is stored");
      assertTrue(network.core.receive(offer("req-2")));
      awaitFailedOnce(network);
    }

    RecordingAdapter platform = new RecordingAdapter();
    try (TestNetwork network = new TestNetwork(folder, platform)) {
      network.database.write(h -> h.execute("DROP TRIGGER crash_point"));
      network.core.start();

      List<OutgoingMessage> answers = platform.awaitReplies("reply:req-2", WAIT);
      assertEquals(1, answers.size());
      assertTrue(answers.get(0).text().contains("is posted"), answers.get(0).text());
      assertEquals(1, posts(network));
    }
  }

  @Test
  void aRequestCutAfterItsPostWasStoredFindsThePostWhenItRunsAgain() {
    RecordingAdapter platform = new RecordingAdapter();
    try (TestNetwork network = started(platform)) {
      // The crash point: the post is stored, the request's answer and its mark are not.
      trigger(
          network,
          "BEFORE UPDATE OF state ON inbox WHEN NEW.state = 'DONE'",
          "crash before the answer is queued");
      assertTrue(network.core.receive(offer("req-3")));
      awaitFailedOnce(network);
      assertEquals(1, posts(network));

      network.database.write(h -> h.execute("DROP TRIGGER crash_point"));

      List<OutgoingMessage> answers = platform.awaitReplies("reply:req-3", WAIT);
      assertEquals(1, answers.size());
      String postId =
          network.database.read(
              h -> h.createQuery("SELECT id FROM posts").mapTo(String.class).one());
      assertTrue(answers.get(0).text().contains(postId), "the first run's post");
      assertEquals(1, posts(network), "no twin");
    }
  }

  @Test
  void aClickTakenBeforeACrashIsAnsweredOnceAfterTheRestart() {
    String postId;
    try (TestNetwork network = started(new RecordingAdapter())) {
      network.member(ALICE.id()).types("/offer I edit promo videos, FR/EN #video-editing");
      postId =
          network.database.read(
              h -> h.createQuery("SELECT id FROM posts").mapTo(String.class).one());
      // The crash point: the click is taken, the post it closes is not closed yet.
      trigger(network, "BEFORE UPDATE ON posts", "crash before the post is closed");
      Request click =
          Request.click(
              "click-1",
              new ButtonClick(ALICE, ExpiryReminders.CLOSE_IT + postId, null),
              "reply:click-1");
      assertTrue(network.core.receive(click));
      assertFalse(network.core.receive(click), "the platform's resend");
      awaitFailedOnce(network);
    }

    RecordingAdapter platform = new RecordingAdapter();
    try (TestNetwork network = TestNetwork.restarted(folder, platform)) {
      network.database.write(h -> h.execute("DROP TRIGGER crash_point"));
      network.core.start();

      List<OutgoingMessage> answers = platform.awaitReplies("reply:click-1", WAIT);
      assertEquals(1, answers.size());
      assertTrue(answers.get(0).text().startsWith("Closed `" + postId), answers.get(0).text());
      assertEquals(
          "CLOSED",
          network.database.read(
              h -> h.createQuery("SELECT state FROM posts").mapTo(String.class).one()));
    }
  }

  private TestNetwork started(RecordingAdapter platform) {
    TestNetwork network = new TestNetwork(folder, platform);
    network.core.start();
    return network;
  }

  private static Request offer(String key) {
    return Request.command(
        key,
        new InboundCommand(
            ALICE,
            "Alice",
            "Paris",
            false,
            "offer",
            "I edit promo videos, Premiere Pro, FR/EN #video-editing",
            new ChannelRef("console", "paris#general")),
        "reply:" + key);
  }

  private static void trigger(TestNetwork network, String when, String crash) {
    network.database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point "
                    + when
                    + " BEGIN SELECT RAISE(ABORT, '"
                    + crash
                    + "'); END"));
  }

  private static void awaitFailedOnce(TestNetwork network) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (network.database.read(
            h ->
                h.createQuery("SELECT COUNT(*) FROM inbox WHERE attempts > 0")
                    .mapTo(Integer.class)
                    .one())
        == 0) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the request did not run");
      }
      Thread.onSpinWait();
    }
  }

  private static int posts(TestNetwork network) {
    return network.database.read(
        h -> h.createQuery("SELECT COUNT(*) FROM posts").mapTo(Integer.class).one());
  }
}
