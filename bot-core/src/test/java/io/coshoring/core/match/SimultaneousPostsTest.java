package io.coshoring.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.notify.OutboxStore;
import io.coshoring.core.post.PostIds;
import io.coshoring.core.post.PostPublished;
import io.coshoring.core.post.PostRequest;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.post.Posting;
import io.coshoring.core.space.Author;
import io.coshoring.core.space.Authors;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.SkillTaxonomy;
import io.coshoring.matching.Visibility;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two posts published at the same moment, each matched before the other is in the engine, still
 * meet: the interleaving is forced, one publish run whole inside the other, at the point where the
 * first has been matched but not yet stored.
 */
class SimultaneousPostsTest {

  @TempDir Path folder;

  @Test
  void anOfferAndADemandPublishedTogetherAreProposedToEachOther() {
    Clock clock = Clock.systemUTC();
    Database database = Database.sqlite(folder);
    SpaceStore spaces = new SpaceStore(database, clock);
    MemberStore members = new MemberStore(database, clock);
    Authors authors = new Authors(members, spaces);
    MatchStore matches = new MatchStore(database);
    MatchingEngine engine = MatchingEngine.inMemory(SkillTaxonomy.standard(), clock);
    Proposals proposals =
        new Proposals(
            engine,
            matches,
            new MuteStore(),
            authors,
            new MatchNotifier(new OutboxStore(database, () -> {}), clock, 5),
            clock);
    AtomicReference<Runnable> meanwhile = new AtomicReference<>();
    PostPublished racing =
        new PostPublished() {
          @Override
          public Consumer<Handle> prepare(Post post, Author author) {
            Consumer<Handle> setOff = proposals.prepare(post, author);
            Runnable other = meanwhile.getAndSet(null);
            if (other != null) {
              other.run();
            }
            return setOff;
          }

          @Override
          public Optional<Consumer<Handle>> catchUp(Post post, Author author) {
            return proposals.catchUp(post, author);
          }
        };
    Posting posting =
        new Posting(
            database,
            new PostStore(database),
            authors,
            engine,
            racing,
            clock,
            Duration.ofDays(30),
            new PostIds());
    Member alice = member(spaces, members, "paris", "alice");
    Member bob = member(spaces, members, "telaviv", "bob");
    Space paris = spaces.find("console:paris").orElseThrow();
    Space telAviv = spaces.find("console:telaviv").orElseThrow();

    // GIVEN Bob's demand is published whole while Alice's offer is matched but not yet stored
    meanwhile.set(
        () ->
            posting.publish(
                bob, telAviv, request(PostKind.DEMAND, "Need a React developer #react"), null));
    posting.publish(alice, paris, request(PostKind.OFFER, "React developer, 6 years #react"), null);

    // THEN they are proposed to each other all the same
    int proposed =
        database.read(
            h -> h.createQuery("SELECT COUNT(*) FROM matches").mapTo(Integer.class).one());
    assertEquals(1, proposed);
  }

  private static PostRequest request(PostKind kind, String text) {
    return PostRequest.parse(kind, text, LocalDate.now());
  }

  private static Member member(SpaceStore spaces, MemberStore members, String space, String name) {
    String spaceId = "console:" + space;
    spaces.save(
        new Space(spaceId, space, space, ZoneId.of("Europe/Paris"), Visibility.NETWORK, Set.of()));
    Member member = Member.newcomer(spaceId + ":" + name, spaceId, name);
    members.save(member);
    return member;
  }
}
