package io.coshoring.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
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
 * meet. The interleaving is forced: one publish runs whole inside the other, at the point where the
 * first has been matched but not yet stored.
 */
class SimultaneousPostsTest {

  private static final Clock CLOCK = Clock.systemUTC();

  @TempDir Path folder;

  @Test
  void anOfferAndADemandPublishedTogetherAreProposedToEachOther() {
    Database database = Database.sqlite(folder);

    publishTogether(database);

    assertEquals(1, proposed(database));
  }

  @Test
  void postsLeftBeforeTheirCatchUpAreCaughtUpAtTheNextStart() {
    Database database = Database.sqlite(folder);
    // The crash point: the posts are stored, their catch-up is not.
    database.write(
        h ->
            h.execute(
                "CREATE TRIGGER crash_point BEFORE UPDATE OF caught_up_at ON posts"
                    + " BEGIN SELECT RAISE(ABORT, 'crash before the catch-up'); END"));
    publishTogether(database);
    assertEquals(0, proposed(database));

    database.write(h -> h.execute("DROP TRIGGER crash_point"));
    Network restarted = new Network(database);
    restarted.posting(restarted.proposals).loadOpenPosts();

    assertEquals(1, proposed(database));
  }

  /** GIVEN Bob's demand is published whole while Alice's offer is matched but not yet stored. */
  private static void publishTogether(Database database) {
    Network network = new Network(database);
    Member alice = network.member("paris", "alice");
    Member bob = network.member("telaviv", "bob");
    AtomicReference<Runnable> meanwhile = new AtomicReference<>();
    Posting posting =
        network.posting(
            new PostPublished() {
              @Override
              public Consumer<Handle> prepare(Post post, Author author) {
                Consumer<Handle> setOff = network.proposals.prepare(post, author);
                Optional.ofNullable(meanwhile.getAndSet(null)).ifPresent(Runnable::run);
                return setOff;
              }

              @Override
              public Optional<Consumer<Handle>> catchUp(Post post, Author author) {
                return network.proposals.catchUp(post, author);
              }
            });
    meanwhile.set(
        () ->
            posting.publish(
                bob,
                network.space("telaviv"),
                request(PostKind.DEMAND, "Need a React developer #react"),
                null));
    posting.publish(
        alice,
        network.space("paris"),
        request(PostKind.OFFER, "React developer, 6 years #react"),
        null);
  }

  private static int proposed(Database database) {
    return database.read(
        h -> h.createQuery("SELECT COUNT(*) FROM matches").mapTo(Integer.class).one());
  }

  private static PostRequest request(PostKind kind, String text) {
    return PostRequest.parse(
        kind, text, LocalDate.now(), Phrasebook.standard().in(Language.ENGLISH));
  }

  /** Posting and proposals on the database, with an engine of their own: one run of the app. */
  private static final class Network {
    final Database database;
    final SpaceStore spaces;
    final MemberStore members;
    final Authors authors;
    final MatchingEngine engine = MatchingEngine.inMemory(SkillTaxonomy.standard(), CLOCK);
    final Proposals proposals;

    Network(Database database) {
      this.database = database;
      this.spaces = new SpaceStore(database, CLOCK);
      this.members = new MemberStore(database, CLOCK);
      this.authors = new Authors(members, spaces);
      this.proposals =
          new Proposals(
              engine,
              new MatchStore(database),
              new MuteStore(),
              authors,
              new MatchNotifier(new OutboxStore(database, () -> {}), CLOCK, 5),
              CLOCK);
    }

    Posting posting(PostPublished published) {
      return new Posting(
          database,
          new PostStore(database),
          authors,
          engine,
          published,
          CLOCK,
          Duration.ofDays(30),
          new PostIds());
    }

    Member member(String space, String name) {
      String spaceId = "console:" + space;
      spaces.save(
          new Space(
              spaceId,
              space,
              space,
              ZoneId.of("Europe/Paris"),
              Visibility.NETWORK,
              Set.of(),
              null,
              null));
      Member member = Member.newcomer(spaceId + ":" + name, spaceId, name);
      members.save(member);
      return member;
    }

    Space space(String name) {
      return spaces.find("console:" + name).orElseThrow();
    }
  }
}
