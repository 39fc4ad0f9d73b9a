package io.coshoring.core.wall;

import io.coshoring.core.api.Wall;
import io.coshoring.core.api.WallCard;
import io.coshoring.core.api.WallQuery;
import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostChanges;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.schedule.BackgroundLoop;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.matching.Match;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.NetworkSearch;
import io.coshoring.matching.Post;
import io.coshoring.matching.Skill;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wall over the engine: it reads the open posts the engine holds, and hears of their changes
 * from posting. A post expires without anyone acting, so the wall looks every few seconds for those
 * it showed that have, and says they are gone.
 */
public final class WallBoard implements Wall, AutoCloseable {

  /** No space is called this: the wall sees only what is shared with the whole network. */
  static final String OUTSIDE_EVERY_SPACE = "wall:";

  private static final Duration EXPIRY_SWEEP = Duration.ofSeconds(5);

  /**
   * How many of a space's newest posts its lobby screen is matched for: a screen asks rarely (when
   * it opens, then every few minutes), but a busy space should not cost a hundred matchings a time.
   */
  private static final int SPACE_POSTS_MATCHED = 20;

  private static final Logger log = LoggerFactory.getLogger(WallBoard.class);

  private final MatchingEngine engine;
  private final SpaceStore spaces;
  private final MemberStore members;
  private final PostStore posts;
  private final Clock clock;
  private final List<Consumer<WallChange>> followers = new CopyOnWriteArrayList<>();

  /** Posts that expired by then have been said to be gone. */
  private volatile Instant sweptUpTo;

  private final BackgroundLoop sweep = new BackgroundLoop("coshoring-wall", EXPIRY_SWEEP);

  public WallBoard(
      MatchingEngine engine,
      SpaceStore spaces,
      MemberStore members,
      PostStore posts,
      PostChanges changes,
      Clock clock) {
    this.engine = engine;
    this.spaces = spaces;
    this.members = members;
    this.posts = posts;
    this.clock = clock;
    this.sweptUpTo = clock.instant();
    changes.follow(this::heard);
  }

  /** Starts looking for posts that expire. */
  public void start() {
    sweep.start(this::sweepExpired);
  }

  @Override
  public List<WallCard> cards(WallQuery query, int limit) {
    Instant now = clock.instant();
    List<Post> found =
        engine.search(
            new NetworkSearch(
                OUTSIDE_EVERY_SPACE,
                query.text(),
                query.kind(),
                query.skill() == null ? Set.of() : Set.of(query.skill()),
                query.city(),
                query.workMode() == WorkMode.REMOTE,
                query.language()),
            MatchingEngine.MAX_RESULTS);
    // The engine ranked by the words; the rest of the query it could not ask is checked here.
    WallQuery rest =
        new WallQuery(
            null,
            query.kind(),
            null,
            query.spaceId(),
            null,
            null,
            query.workMode(),
            query.minSharedHours(),
            query.viewerZone());
    List<WallCard> cards = new ArrayList<>();
    for (Post post : found) {
      Optional<WallCard> card = card(post);
      if (card.isPresent() && rest.accepts(card.get(), now)) {
        cards.add(card.get());
        if (cards.size() == limit) {
          break;
        }
      }
    }
    return cards;
  }

  @Override
  public List<WallSpace> spaces() {
    return spaces.sharingWithNetwork().stream()
        .map(
            space ->
                new WallSpace(
                    space.id(), space.name(), space.city(), space.defaultLanguage().code()))
        .toList();
  }

  /**
   * The engine already knows what fits a post, so the screen asks it for each of the space's newest
   * posts rather than guessing from skills alone; only what the space shares with the network is
   * asked about, so that what it keeps inside never shapes a page anyone can open. A space with no
   * open post, or whose posts fit nothing yet, still gets a full screen: the network's newest.
   */
  @Override
  public List<WallCard> forSpace(String spaceId, int limit) {
    Instant now = clock.instant();
    int asked = Math.min(limit, MatchingEngine.MAX_RESULTS);
    Map<String, WallCard> fitting = new LinkedHashMap<>();
    for (MemberPost own : posts.openSharedIn(spaceId, now, SPACE_POSTS_MATCHED)) {
      // A post published this instant may not be in the engine yet: it counts at the next asking.
      Optional<Post> post = engine.get(own.id());
      for (Match match : post.map(found -> engine.match(found, asked)).orElse(List.of())) {
        if (sharedFromElsewhere(match.post(), spaceId)) {
          card(match.post()).ifPresent(card -> fitting.putIfAbsent(card.id(), card));
        }
      }
    }
    List<WallCard> chosen = new ArrayList<>(fitting.values());
    chosen.sort(Comparator.comparing(WallCard::createdAt).reversed());
    for (Post post :
        engine.search(NetworkSearch.from(OUTSIDE_EVERY_SPACE), MatchingEngine.MAX_RESULTS)) {
      if (chosen.size() >= limit) {
        break;
      }
      if (sharedFromElsewhere(post, spaceId) && !fitting.containsKey(post.id())) {
        card(post).ifPresent(chosen::add);
      }
    }
    return chosen.size() > limit ? List.copyOf(chosen.subList(0, limit)) : chosen;
  }

  private static boolean sharedFromElsewhere(Post post, String spaceId) {
    return post.visibility() == Visibility.NETWORK && !post.space().equals(spaceId);
  }

  @Override
  public AutoCloseable follow(Consumer<WallChange> follower) {
    followers.add(follower);
    return () -> followers.remove(follower);
  }

  @Override
  public void close() {
    sweep.close();
    followers.clear();
  }

  private void heard(PostChanges.Change change) {
    if (change instanceof PostChanges.Opened opened) {
      Post post = opened.post();
      Optional<WallCard> card =
          post.visibility() == Visibility.NETWORK ? card(post) : Optional.empty();
      if (card.isPresent()) {
        tell(new Shown(card.get(), opened.fresh()));
      } else if (!opened.fresh()) {
        // Kept inside its space now: it leaves the wall, where it may have been.
        tell(new Gone(post.id()));
      }
    } else if (change instanceof PostChanges.Closed closed) {
      tell(new Gone(closed.postId()));
    }
  }

  /**
   * Says which open posts have expired since the last look: every few seconds, or when called. A
   * page that never showed one ignores its going.
   */
  public void sweepExpired() {
    Instant now = clock.instant();
    for (String id : posts.expiredBetween(sweptUpTo, now)) {
      tell(new Gone(id));
    }
    sweptUpTo = now;
  }

  private void tell(WallChange change) {
    for (Consumer<WallChange> follower : followers) {
      try {
        follower.accept(change);
      } catch (RuntimeException e) {
        log.warn("a follower of the wall failed on {}: {}", change, e.toString());
      }
    }
  }

  private Optional<WallCard> card(Post post) {
    Optional<Space> space = spaces.find(post.space());
    Optional<Member> author = members.find(post.author());
    if (space.isEmpty() || author.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new WallCard(
            post.id(),
            post.kind(),
            post.text(),
            skillNames(post),
            author.get().nameOnWall().of(author.get().displayName()),
            space.get().id(),
            space.get().name(),
            post.city(),
            post.workMode(),
            post.languages(),
            post.zone(),
            post.hours(),
            post.createdAt(),
            post.expiresAt()));
  }

  /** The taxonomy's skills by name, then the author's own tags without their mark. */
  private List<String> skillNames(Post post) {
    List<String> named = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String skill : engine.skillsOf(post)) {
      Optional<Skill> known = engine.taxonomy().byId(skill);
      if (known.isPresent()) {
        named.add(known.get().name());
      } else {
        tags.add(skill.startsWith("#") ? skill.substring(1) : skill);
      }
    }
    named.sort(String.CASE_INSENSITIVE_ORDER);
    tags.sort(String.CASE_INSENSITIVE_ORDER);
    named.addAll(tags);
    return named;
  }
}
