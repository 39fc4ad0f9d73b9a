package io.coshoring.core.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.Attachment;
import io.coshoring.core.adapter.ChannelRef;
import io.coshoring.core.adapter.Emoji;
import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.api.ChannelMessage;
import io.coshoring.core.api.ChannelMessage.Action;
import io.coshoring.core.api.ChannelReaction;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.core.storage.SeenEventStore;
import io.coshoring.core.text.RichText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay on a real SQLite file: a message in one bridged channel reaches every other, in order,
 * once; edits and deletes follow the copies; the bot's own copies, repeated events and unknown
 * messages are ignored; failures wait or go to the dead letters without holding up the rest, and a
 * restart loses nothing.
 */
class RelayTest {

  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String A = "console:paris-general";
  private static final String B = "console:telaviv-dev";
  private static final String C = "console:berlin-loft";

  @TempDir Path folder;

  private Database database;
  private RecordingBridgePort port;
  private Bridging bridging;

  @BeforeEach
  void start() {
    database = Database.sqlite(folder);
    port = new RecordingBridgePort();
    bridging = open();
    database.writeAll(
        handle -> {
          bridging.store().create(handle, new BridgeStore.Bridge("b1", "makers"), "admin", 0);
          bridging.store().addChannel(handle, "b1", A, "console:paris", "admin", 1);
          bridging.store().addChannel(handle, "b1", B, "console:telaviv", "admin", 2);
          bridging.store().addChannel(handle, "b1", C, "console:berlin", "admin", 3);
        });
  }

  private Bridging open() {
    Adapters adapters = new Adapters();
    adapters.register(port);
    Bridging fresh =
        new Bridging(
            database,
            adapters,
            new SpaceStore(database, Clock.systemUTC()),
            new SeenEventStore(database, Clock.systemUTC()),
            Clock.systemUTC(),
            Duration.ofMillis(10));
    fresh.start();
    return fresh;
  }

  @AfterEach
  void stop() {
    bridging.close();
  }

  @Test
  void aMessageReachesEveryOtherChannelOfItsBridge() {
    assertTrue(post(A, "a1", "Hello from Paris"));

    port.await(() -> port.textsIn(B).size() == 1 && port.textsIn(C).size() == 1, WAIT);
    assertEquals(List.of("Hello from Paris"), port.textsIn(B));
    assertEquals(List.of("Hello from Paris"), port.textsIn(C));
    assertTrue(port.in(A).isEmpty(), "not echoed to its own channel");
  }

  @Test
  void editsAndDeletesFollowTheCopiesAndUnknownOnesAreIgnored() {
    post(A, "a1", "First draft");
    port.await(() -> port.textsIn(B).size() == 1, WAIT);
    String copy = port.in(B).get(0).ids().get(0);

    assertTrue(bridging.received(event(Action.EDIT, A, "a1", "edit-1", "Final text")));
    port.await(() -> port.in(B).stream().anyMatch(w -> w.action().equals("edit")), WAIT);
    RecordingBridgePort.Written edit =
        port.in(B).stream().filter(w -> w.action().equals("edit")).findFirst().orElseThrow();
    assertEquals(List.of(copy), edit.ids());
    assertEquals("Final text", edit.text());

    assertTrue(bridging.received(event(Action.DELETE, A, "a1", "delete-1", null)));
    port.await(() -> port.in(C).stream().anyMatch(w -> w.action().equals("delete")), WAIT);

    assertFalse(
        bridging.received(event(Action.EDIT, A, "never-seen", "edit-2", "x")),
        "an edit of a message the bridge never carried is not reposted");
  }

  @Test
  void theBotsOwnCopiesAndRepeatedEventsAreNotRelayed() {
    post(A, "a1", "Hi");
    port.await(() -> port.textsIn(B).size() == 1, WAIT);
    String copyInB = port.in(B).get(0).ids().get(0);
    // The copy is known once its post returned; a platform's echo sooner is the adapter's to
    // drop, as it comes from the bot's own user or webhook.
    port.await(() -> copies() == 2, WAIT);

    assertFalse(post(B, copyInB, "Hi"), "the platform echoing our own copy");
    assertFalse(
        bridging.received(event(Action.POST, A, "a1", "event-a1", "Hi")),
        "the same event delivered twice");
  }

  @Test
  void aReplyThreadsToTheCopyOfItsParent() {
    post(A, "a1", "Question?");
    port.await(() -> port.textsIn(B).size() == 1, WAIT);
    String parentInB = port.in(B).get(0).ids().get(0);

    bridging.received(
        new ChannelMessage(
            Action.POST, ChannelRef.parse(A), "a2", "event-a2", message("Answer!", "a1")));
    port.await(() -> port.textsIn(B).size() == 2, WAIT);
    assertEquals(parentInB, port.in(B).get(1).replyTo());
  }

  @Test
  void aFailingDestinationGetsItsMessagesInOrderAndHoldsUpNoOther() {
    port.failNext(B, 4);
    port.slowDown(B, Duration.ofMillis(30));
    List<String> burst = IntStream.range(0, 10).mapToObj(i -> "message " + i).toList();
    for (int i = 0; i < burst.size(); i++) {
      post(A, "a" + i, burst.get(i));
    }

    port.await(() -> port.textsIn(C).size() == 10, WAIT);
    assertTrue(port.textsIn(B).size() < 10, "C was not held up behind B");
    port.await(() -> port.textsIn(B).size() == 10, WAIT);
    assertEquals(burst, port.textsIn(B));
    assertEquals(burst, port.textsIn(C));
  }

  @Test
  void whatFailsForGoodGoesToTheDeadLettersAndTheQueueGoesOn() {
    port.breakFor(B);
    post(A, "a1", "lost in B");
    port.await(() -> deadLetters() == 1, WAIT);

    port.mend(B);
    post(A, "a2", "next one");
    port.await(() -> port.textsIn(B).equals(List.of("next one")), WAIT);
    assertEquals(
        "channel_not_found",
        database.read(
            h -> h.createQuery("SELECT error FROM relay_dead_letters").mapTo(String.class).one()));
  }

  @Test
  void aRestartMidBurstLosesNothingAndRepeatsNothing() {
    port.slowDown(B, Duration.ofMillis(20));
    List<String> burst = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      burst.add("burst " + i);
      post(A, "a" + i, burst.get(i));
    }
    port.await(() -> port.textsIn(B).size() >= 5, WAIT);
    bridging.close();

    bridging = open();
    port.await(() -> port.textsIn(B).size() >= 30, WAIT);
    port.await(() -> port.textsIn(C).size() >= 30, WAIT);
    assertEquals(burst, port.textsIn(B));
    assertEquals(burst, port.textsIn(C));
  }

  @Test
  void aCopyPostedJustBeforeACrashIsNotPostedAgainAfterTheRestart() {
    // The crash point: the copy is posted to B, the record of it is not written.
    database.writeAll(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE INSERT ON bridge_copies"
                    + " WHEN NEW.target_channel = '"
                    + B
                    + "' BEGIN SELECT RAISE(ABORT, 'crash after posting'); END"));
    bridging.close();
    bridging = open();
    post(A, "a1", "hello from Paris");
    port.await(() -> port.textsIn(B).size() == 1, WAIT);
    bridging.close();

    database.writeAll(h -> h.execute("DROP TRIGGER crash_point"));
    bridging = open();
    port.await(() -> copies() == 2, WAIT);
    assertEquals(List.of("hello from Paris"), port.textsIn(B), "posted once");
    assertEquals(List.of("hello from Paris"), port.textsIn(C));
  }

  @Test
  void aBlankMessageIsNotRelayedAndHoldsUpNothing() {
    assertFalse(post(A, "a1", " \n\t "));
    post(A, "a2", "after the blank one");

    port.await(() -> port.textsIn(B).size() == 1, WAIT);
    assertEquals(List.of("after the blank one"), port.textsIn(B));
  }

  @Test
  void aPausedChannelNeitherSendsNorReceives() {
    bridging.store().setState(B, BridgeStore.ChannelState.PAUSED);
    assertFalse(post(B, "b1", "from a paused channel"));
    post(A, "a1", "to the others");
    port.await(() -> port.textsIn(C).size() == 1, WAIT);
    assertTrue(port.textsIn(B).isEmpty());
  }

  @Test
  void aReactionShowsOnEveryOtherChannelWhileAMemberOfAnotherReactsSo() {
    post(A, "a1", "Who's in for Friday?");
    port.await(() -> port.textsIn(B).size() == 1 && port.textsIn(C).size() == 1, WAIT);
    String inB = port.in(B).get(0).ids().get(0);
    String inC = port.in(C).get(0).ids().get(0);
    // A copy is known as one once it is recorded, just after the platform took it.
    port.await(() -> copies() == 2, WAIT);

    assertTrue(react(true, B, inB, "u1"));
    port.await(() -> reactions(A).size() == 1 && reactions(C).size() == 1, WAIT);
    assertEquals(List.of("react a1 👍"), reactions(A), "on the original");
    assertEquals(List.of("react " + inC + " 👍"), reactions(C), "on the other copy");
    assertFalse(react(true, B, inB, "u1"), "the same reaction sent twice changes nothing");

    assertTrue(react(true, C, inC, "u2"), "B now shows C's member's reaction");
    port.await(() -> reactions(B).size() == 1, WAIT);
    assertEquals(List.of("react " + inB + " 👍"), reactions(B));

    assertTrue(react(false, B, inB, "u1"));
    port.await(() -> reactions(C).size() == 2, WAIT);
    assertEquals("unreact " + inC + " 👍", reactions(C).get(1), "C's member alone reacts now");
    assertEquals(1, reactions(A).size(), "A still shows C's member's reaction");
  }

  @Test
  void aFileCrossesReadFromWhereItWasPostedEvenWithoutText() {
    RelayedMessage withFile =
        new RelayedMessage(
            "Amélie",
            "Paris",
            null,
            new RichText(List.of()),
            null,
            List.of(new Attachment("plan.pdf", "application/pdf", 11, "the plan")));

    assertTrue(bridging.received(ChannelMessage.posted(ChannelRef.parse(A), "a1", "e1", withFile)));

    port.await(() -> port.textsIn(B).size() == 1, WAIT);
    assertEquals(List.of(" [plan.pdf: the plan]"), port.textsIn(B));
  }

  private boolean react(boolean added, String channel, String message, String member) {
    return bridging.reacted(
        new ChannelReaction(
            added, ChannelRef.parse(channel), message, member, Emoji.unicode("👍")));
  }

  private List<String> reactions(String channel) {
    return port.in(channel).stream()
        .filter(w -> w.action().endsWith("react"))
        .map(w -> w.action() + " " + w.ids().get(0) + " " + w.text())
        .toList();
  }

  private boolean post(String channel, String id, String text) {
    return bridging.received(event(Action.POST, channel, id, "event-" + id, text));
  }

  private static ChannelMessage event(
      Action action, String channel, String id, String key, String text) {
    return new ChannelMessage(
        action, ChannelRef.parse(channel), id, key, text == null ? null : message(text, null));
  }

  private static RelayedMessage message(String text, String replyTo) {
    return new RelayedMessage(
        "Amélie",
        "Paris",
        null,
        new RichText(List.of(new RichText.Paragraph(List.of(new RichText.Text(text))))),
        replyTo);
  }

  private int copies() {
    return database.read(
        h -> h.createQuery("SELECT COUNT(*) FROM bridge_copies").mapTo(Integer.class).one());
  }

  private int deadLetters() {
    return database.read(
        h -> h.createQuery("SELECT COUNT(*) FROM relay_dead_letters").mapTo(Integer.class).one());
  }
}
