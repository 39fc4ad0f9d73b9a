package io.coshoring.core;

import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostState;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;
import io.coshoring.core.storage.Database;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.SkillTaxonomy;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * How long a deployment takes to be ready with many open posts: the data folder is filled with
 * {@code count} posts of 10,000 members in 100 spaces, then the core is started on it, as the
 * deployment starts it (SQLite and the engine's index in the folder), twice: the second start
 * finds the index of the first.
 */
public final class StartupLoad {

  private static final String[] WORK = {
    "React and TypeScript front-ends #react #typescript",
    "promo video editing, Premiere Pro #video-editing",
    "bookkeeping and VAT returns #accounting",
    "English to French translation #translation",
    "UX design in Figma #figma",
    "product photography in the studio #photography",
    "Python data pipelines #python",
    "SEO audits and content #seo"
  };

  private StartupLoad() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path folder = Files.createTempDirectory("coshoring-startup-load");
    Clock clock = Clock.systemUTC();
    long filling = System.nanoTime();
    fill(Database.sqlite(folder), clock, count);
    System.out.printf(
        Locale.ROOT, "%d open posts stored in %.1f s%n", count, seconds(filling));
    for (String start : new String[] {"first start", "second start"}) {
      long starting = System.nanoTime();
      try (CoshoringCore core =
          CoshoringCore.builder(
                  Database.sqlite(folder),
                  MatchingEngine.inFolder(folder.resolve("index"), SkillTaxonomy.standard(), clock))
              .clock(clock)
              .build()) {
        int loaded = core.start();
        System.out.printf(
            Locale.ROOT,
            "%s: ready with %d open posts in %.1f s; heap %d MiB%n",
            start,
            loaded,
            seconds(starting),
            heapMiB());
      }
    }
  }

  private static void fill(Database database, Clock clock, int count) {
    SpaceStore spaces = new SpaceStore(database, clock);
    MemberStore members = new MemberStore(database, clock);
    PostStore posts = new PostStore(database);
    for (int s = 0; s < 100; s++) {
      spaces.save(
          new Space(
              "console:space" + s,
              "Space " + s,
              s % 2 == 0 ? "Paris" : "Tel Aviv",
              ZoneId.of(s % 2 == 0 ? "Europe/Paris" : "Asia/Jerusalem"),
              Visibility.NETWORK,
              Set.of(),
              null,
              null));
    }
    for (int m = 0; m < 10_000; m++) {
      members.save(Member.newcomer("console:space" + (m % 100) + ":m" + m, "console:space" + (m % 100), "m" + m));
    }
    Instant now = clock.instant();
    int batch = 5_000;
    for (int from = 0; from < count; from += batch) {
      int first = from;
      database.writeAll(
          handle -> {
            for (int i = first; i < Math.min(count, first + batch); i++) {
              MemberPost post =
                  new MemberPost(
                      "p" + i,
                      "console:space" + (i % 100) + ":m" + (i % 10_000),
                      i % 2 == 0 ? PostKind.OFFER : PostKind.DEMAND,
                      (i % 2 == 0 ? "I offer " : "Need ") + WORK[i % WORK.length] + " " + i,
                      WorkMode.REMOTE,
                      null,
                      null,
                      null,
                      Visibility.NETWORK,
                      null,
                      PostState.OPEN,
                      now.minus(Duration.ofMinutes(count - i)),
                      now.plus(Duration.ofDays(30)),
                      null,
                      null);
              posts.insert(handle, post, null);
              posts.markCaughtUp(handle, post.id(), now);
            }
          });
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long heapMiB() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
