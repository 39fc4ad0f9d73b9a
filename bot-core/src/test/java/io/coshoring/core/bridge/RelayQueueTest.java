package io.coshoring.core.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.coshoring.core.storage.Database;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A destination's sequence numbers keep growing when its queue empties, never reused. */
class RelayQueueTest {

  @TempDir Path folder;

  @Test
  void aDrainedQueueDoesNotGiveANumberTwice() {
    Database database = Database.sqlite(folder);
    RelayQueueStore queue = new RelayQueueStore(database);
    database.writeAll(
        h -> queue.enqueue(h, "console:x#general", RelayAction.POST, "s", "m1", "{}", 0));
    RelayQueueStore.Item first = head(database, queue);
    database.writeAll(h -> queue.delivered(h, first, 0));

    database.writeAll(
        h -> queue.enqueue(h, "console:x#general", RelayAction.POST, "s", "m2", "{}", 0));
    RelayQueueStore.Item second = head(database, queue);

    assertEquals(first.seq() + 1, second.seq());
    assertFalse(queue.stillQueued(first), "the old item is not mistaken for the new");
  }

  private static RelayQueueStore.Item head(Database database, RelayQueueStore queue) {
    List<RelayQueueStore.Item> heads =
        database.read(h -> queue.dueHeads(h, Instant.ofEpochMilli(1), 10));
    assertEquals(1, heads.size());
    return heads.get(0);
  }
}
