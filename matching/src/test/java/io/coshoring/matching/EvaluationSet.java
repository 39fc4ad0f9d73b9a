package io.coshoring.matching;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled evaluation set under {@code src/test/resources/eval/}: offers, and demands with the
 * offers that should be proposed and the hard negatives that should not. All files share one pool.
 */
final class EvaluationSet {

  static final List<String> FILES =
      List.of("tech.json", "creative-business.json", "tech-2.json", "creative-business-2.json");

  final List<Post> offers = new ArrayList<>();
  final List<LabelledDemand> demands = new ArrayList<>();

  /**
   * A demand with its labels.
   *
   * @param category the one primary difficulty the demand tests (abbreviation, onsite-city,
   *     timezone, currency, dst, async...), or {@code "uncategorised"} when the file gives none
   */
  record LabelledDemand(
      Post post, String category, List<String> relevant, List<HardNegative> hardNegatives) {}

  record HardNegative(String offer, String why) {}

  static EvaluationSet load() {
    return load(List.of());
  }

  /**
   * The shipped set and, after it, files in the same shape from elsewhere: the labelled pairs
   * members' answers made, as the app exports them.
   */
  static EvaluationSet load(List<Path> more) {
    EvaluationSet set = new EvaluationSet();
    for (String file : FILES) {
      set.add(read(file));
    }
    for (Path file : more) {
      set.add(read(file));
    }
    return set;
  }

  private void add(EvalFile data) {
    for (EvalPost offer : data.offers) {
      offers.add(offer.toPost(PostKind.OFFER));
    }
    for (EvalPost demand : data.demands) {
      demands.add(
          new LabelledDemand(
              demand.toPost(PostKind.DEMAND),
              demand.category == null || demand.category.isBlank()
                  ? "uncategorised"
                  : demand.category,
              demand.relevant,
              demand.hardNegatives));
    }
  }

  private static EvalFile read(String file) {
    try (InputStream in = EvaluationSet.class.getResourceAsStream("/eval/" + file)) {
      if (in == null) {
        throw new IllegalStateException("evaluation file missing: " + file);
      }
      return new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), EvalFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EvalFile read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new Gson().fromJson(in, EvalFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  // The JSON shapes, as Gson fills them.
  private static final class EvalFile {
    List<EvalPost> offers;
    List<EvalPost> demands;
  }

  private static final class EvalPost {
    String id;
    String author;
    String space;
    String text;
    String timezone;
    String hours;
    List<String> languages;
    String workMode;
    String city;
    String price;
    String availableFrom;
    String availableUntil;
    int postedDaysAgo;
    String visibility;
    // live or async, where the post says it in words; absent otherwise.
    String overlap;
    // On demands only: the difficulty the demand tests. "note" is in the files too, not read.
    String category;
    List<String> relevant = List.of();
    List<HardNegative> hardNegatives = List.of();

    Post toPost(PostKind kind) {
      PostBuilder builder =
          Post.builder()
              .id(id)
              .kind(kind)
              .author(author)
              .space(space)
              .text(text)
              .timezone(timezone)
              .hours(WorkingHours.parse(hours))
              .languages(languages.toArray(String[]::new))
              .workMode(WorkMode.valueOf(workMode.toUpperCase(java.util.Locale.ROOT)))
              .city(city)
              .createdAt(TestPosts.NOW.minus(Duration.ofDays(postedDaysAgo)))
              .visibility(
                  visibility == null
                      ? Visibility.NETWORK
                      : Visibility.valueOf(visibility.toUpperCase(java.util.Locale.ROOT)));
      if (price != null) {
        builder.price(Price.parse(kind, price));
      }
      if (overlap != null) {
        builder.overlap(Overlap.parse(overlap));
      }
      if (availableFrom != null) {
        builder.availableFrom(LocalDate.parse(availableFrom));
      }
      if (availableUntil != null) {
        builder.availableUntil(LocalDate.parse(availableUntil));
      }
      return builder.build();
    }
  }
}
