package io.coshoring.core.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.storage.Database;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkingHours;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpaceAndMemberStoreTest {

  @TempDir Path folder;

  @Test
  void spacesAndMembersSurviveAReopenAndCachesFollowWrites() {
    Clock clock = Clock.systemUTC();
    Space paris =
        new Space(
            "console:paris",
            "Paris",
            null,
            null,
            Visibility.NETWORK,
            Set.of("console:paris:alice"),
            null,
            null);
    Member alice = Member.newcomer("console:paris:alice", paris.id(), "Alice");
    {
      Database database = Database.sqlite(folder);
      SpaceStore spaces = new SpaceStore(database, clock);
      MemberStore members = new MemberStore(database, clock);
      spaces.save(paris);
      members.save(alice);
      assertTrue(members.find(alice.id()).isPresent());

      // A write replaces what the cache held.
      spaces.save(
          new Space(
              paris.id(),
              "Paris",
              "Paris",
              ZoneId.of("Europe/Paris"),
              Visibility.SPACE,
              paris.admins(),
              paris.language(),
              "fr"));
      assertEquals("Paris", spaces.find(paris.id()).orElseThrow().city());
    }

    Database reopened = Database.sqlite(folder);
    Space space = new SpaceStore(reopened, clock).find(paris.id()).orElseThrow();
    assertEquals(Visibility.SPACE, space.share());
    assertEquals("fr", space.platformLocale());
    assertTrue(space.isAdmin("console:paris:alice"));
    Member member = new MemberStore(reopened, clock).find(alice.id()).orElseThrow();
    assertEquals(alice, member);
    assertEquals(WorkingHours.OFFICE, member.hours());
  }
}
