package io.coshoring.matching.bench;

import io.coshoring.matching.Post;
import io.coshoring.matching.PostBuilder;
import io.coshoring.matching.PostKind;
import io.coshoring.matching.Price;
import io.coshoring.matching.Skill;
import io.coshoring.matching.SkillTaxonomy;
import io.coshoring.matching.Visibility;
import io.coshoring.matching.WorkMode;
import io.coshoring.matching.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic posts for the benchmarks, the same for a given seed: English and French texts built
 * around one to four skills of the taxonomy, with a Zipf-like popularity so that a few skills are
 * common, spread over eight spaces and their timezones, with hours, languages, places, prices and
 * dates as members give them.
 */
final class SyntheticPosts {

  static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

  private static final String[][] SPACES = {
    {"paris", "Paris", "Europe/Paris"},
    {"telaviv", "Tel Aviv", "Asia/Jerusalem"},
    {"berlin", "Berlin", "Europe/Berlin"},
    {"lyon", "Lyon", "Europe/Paris"},
    {"lisbon", "Lisbon", "Europe/Lisbon"},
    {"london", "London", "Europe/London"},
    {"montreal", "Montreal", "America/Toronto"},
    {"nyc", "New York", "America/New_York"},
    {"nomads", "Bangkok", "Asia/Bangkok"}
  };
  private static final String[] LANGUAGES = {"en", "fr", "he", "de", "pt", "es"};
  private static final String[] CURRENCIES = {"EUR", "EUR", "ILS", "USD", "GBP"};
  private static final String[] OFFER_EN = {
    "I'm a freelance %s specialist with %d years of experience, also strong in %s.",
    "Senior %s consultant, %d years, happy to help with %s too.",
    "Available for %s missions; %d years of projects, plus %s."
  };
  private static final String[] OFFER_FR = {
    "Freelance en %s depuis %d ans, je peux aussi vous aider en %s.",
    "Consultante %s, %d ans d'expérience, et %s en complément.",
    "Disponible pour des missions de %s : %d ans de projets, plus du %s."
  };
  private static final String[] DEMAND_EN = {
    "Looking for someone in %s for about %d weeks; bonus if you know %s.",
    "Need help with %s for a %d-week project, ideally with %s.",
    "Our startup needs a %s expert for %d weeks, and some %s."
  };
  private static final String[] DEMAND_FR = {
    "Cherche quelqu'un en %s pour environ %d semaines, idéalement avec %s.",
    "Besoin d'aide en %s pour un projet de %d semaines, et un peu de %s.",
    "Notre startup cherche un·e expert·e %s pour %d semaines, plus %s."
  };
  private static final String[] ENDINGS = {
    " Remote is fine.", " On site or remote.", " Budget flexible.", " Start next month.",
    " Télétravail possible.", " Urgent.", " Long-term collaboration welcome.", ""
  };

  private final List<Skill> skills;
  private final double[] cumulative;
  private final SplittableRandom random;

  SyntheticPosts(long seed, SkillTaxonomy taxonomy) {
    this.skills = new ArrayList<>(taxonomy.skills());
    this.skills.sort((a, b) -> a.id().compareTo(b.id()));
    this.random = new SplittableRandom(seed);
    // Zipf with exponent 1: the skill of rank r is drawn in proportion to 1 / r.
    cumulative = new double[skills.size()];
    double sum = 0;
    for (int r = 0; r < skills.size(); r++) {
      sum += 1.0 / (r + 1);
      cumulative[r] = sum;
    }
    for (int r = 0; r < cumulative.length; r++) {
      cumulative[r] /= sum;
    }
  }

  Post next(String id) {
    PostKind kind = random.nextBoolean() ? PostKind.OFFER : PostKind.DEMAND;
    String[] space = SPACES[random.nextInt(SPACES.length)];
    boolean french = random.nextInt(3) == 0;
    String[] templates =
        kind == PostKind.OFFER ? (french ? OFFER_FR : OFFER_EN) : (french ? DEMAND_FR : DEMAND_EN);
    Skill main = skill();
    Skill second = skill();
    String text =
        String.format(templates[random.nextInt(templates.length)], main.name(), 1 + random.nextInt(12), second.name())
            + (random.nextInt(4) == 0 ? " #" + skill().id() : "")
            + ENDINGS[random.nextInt(ENDINGS.length)];
    int start = 7 + random.nextInt(5);
    PostBuilder post =
        Post.builder()
            .id(id)
            .kind(kind)
            .text(text)
            .author("member" + random.nextInt(Math.max(1, Integer.parseInt(id.substring(1)) / 3 + 1)) + "@" + space[0])
            .space(space[0])
            .timezone(space[2])
            .hours(WorkingHours.parse(start + "-" + (start + 8 + random.nextInt(3))))
            .languages(languages(french))
            .createdAt(NOW.minus(Duration.ofMinutes(random.nextInt(25 * 24 * 60))))
            .visibility(random.nextInt(10) == 0 ? Visibility.SPACE : Visibility.NETWORK);
    int place = random.nextInt(10);
    if (place < 6) {
      post.workMode(WorkMode.REMOTE);
    } else {
      post.workMode(place < 8 ? WorkMode.EITHER : WorkMode.ONSITE).city(space[1]);
    }
    if (random.nextInt(2) == 0) {
      String unit = random.nextBoolean() ? "hour" : "day";
      int amount = unit.equals("hour") ? 30 + random.nextInt(120) : 250 + random.nextInt(700);
      post.price(Price.parse(kind, amount + " " + CURRENCIES[random.nextInt(CURRENCIES.length)] + "/" + unit));
    }
    if (random.nextInt(3) == 0) {
      LocalDate from = LocalDate.of(2026, 11, 1).plusDays(random.nextInt(90));
      post.availableFrom(from).availableUntil(from.plusDays(14 + random.nextInt(120)));
    }
    return post.build();
  }

  /** Posts whose ids do not clash with those of {@link #next}: to match with, not to add. */
  List<Post> queries(int count) {
    List<Post> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Post post = next("q" + i);
      queries.add(post.toBuilder().author("asker" + i + "@" + post.space()).build());
    }
    return queries;
  }

  private Skill skill() {
    double u = random.nextDouble();
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] < u) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return skills.get(low);
  }

  private String[] languages(boolean french) {
    String first = french ? "fr" : "en";
    return random.nextBoolean()
        ? new String[] {first}
        : new String[] {first, LANGUAGES[random.nextInt(LANGUAGES.length)]};
  }
}
