package io.coshoring.core.match;

import io.coshoring.core.match.EvaluationFile.EvalPost;
import io.coshoring.core.match.EvaluationFile.HardNegative;
import io.coshoring.matching.Post;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The members' labels in the shape of the engine's evaluation set ({@code
 * matching/src/test/resources/eval/}): the offers, and the demands with the offers their pairs were
 * wanted for ({@code relevant}) and turned down for ({@code hardNegatives}), so the engine can be
 * tuned on them. The pairs that said they worked together ({@code collaborated}) are relevant
 * first: the strongest sign a pair was right. Authors and spaces go by pseudonyms ({@link
 * Pseudonyms}), and no name is in it.
 */
public final class LabelExport {

  /** The category of the demands members labelled, beside the engine's hand-made ones. */
  static final String CATEGORY = "members";

  static final String NOT_FOR_ME = "member: not for me";
  static final String MUTE_SIMILAR = "member: mute similar";

  private LabelExport() {}

  /**
   * The evaluation set the labels make. A pair that worked together is relevant, listed first and
   * in {@code collaborated}: whatever else was said, it led to work. A "no, we did not work
   * together" changes nothing, as the two may simply not have had the occasion. A pair one side
   * turned down is a hard negative, even if the other side wanted it: it ended there, and an offer
   * is never both relevant and a negative. A demand no pair of which was wanted is left out, as the
   * engine's set has none: its recall is measured against the relevant offers, and would divide by
   * none. Its labels stay stored, and come out with it once one of its pairs is wanted.
   */
  public static EvaluationFile of(List<MatchLabel> labels, Set<String> collaborated) {
    Pseudonyms names = Pseudonyms.forOneExport();
    Map<String, Pair> pairs = new LinkedHashMap<>();
    Map<String, Instant> firstProposed = new LinkedHashMap<>();
    for (MatchLabel label : labels) {
      pairs.computeIfAbsent(label.matchId(), id -> new Pair(label)).answers.add(label.answer());
      firstProposed.merge(label.demand().id(), label.proposedAt(), LabelExport::earlier);
      firstProposed.merge(label.offer().id(), label.proposedAt(), LabelExport::earlier);
    }
    Map<String, EvalPost> offers = new LinkedHashMap<>();
    Map<String, Labelled> demands = new LinkedHashMap<>();
    for (Pair pair : pairs.values()) {
      offers.computeIfAbsent(pair.offer.id(), id -> post(pair.offer, firstProposed.get(id), names));
      Labelled demand = demands.computeIfAbsent(pair.demand.id(), id -> new Labelled(pair.demand));
      String refused = pair.refusal();
      if (collaborated.contains(pair.matchId)) {
        demand.relevant.add(demand.collaborated.size(), pair.offer.id());
        demand.collaborated.add(pair.offer.id());
      } else if (refused != null) {
        demand.hardNegatives.add(new HardNegative(pair.offer.id(), refused));
      } else {
        // Not turned down, so every answer was "I'm interested".
        demand.relevant.add(pair.offer.id());
      }
    }
    List<EvalPost> labelled = new ArrayList<>();
    for (Labelled demand : demands.values()) {
      if (demand.relevant.isEmpty()) {
        continue;
      }
      labelled.add(
          post(demand.post, firstProposed.get(demand.post.id()), names)
              .labelled(CATEGORY, demand.relevant, demand.collaborated, demand.hardNegatives));
    }
    return new EvaluationFile(List.copyOf(offers.values()), labelled);
  }

  private static EvalPost post(Post post, Instant proposedAt, Pseudonyms names) {
    return new EvalPost(
        post.id(),
        names.of("member-", post.author()),
        names.of("space-", post.space()),
        post.text(),
        post.skills().isEmpty() ? null : List.copyOf(new TreeSet<>(post.skills())),
        post.zone().getId(),
        post.hours().toString(),
        List.copyOf(new TreeSet<>(post.languages())),
        lower(post.workMode()),
        post.city(),
        post.price() == null ? null : post.price().toString(),
        text(post.availableFrom()),
        text(post.availableUntil()),
        // The engine weighs a post's age when it proposes: its age then, at its first proposal.
        Duration.between(post.createdAt(), proposedAt).toDays(),
        lower(post.visibility()),
        post.overlap() == null ? null : post.overlap().label(),
        null,
        null,
        null,
        null);
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** The answers to one pair, from one side or both. */
  private static final class Pair {
    final String matchId;
    final Post demand;
    final Post offer;
    final List<Answer> answers = new ArrayList<>();

    Pair(MatchLabel first) {
      this.matchId = first.matchId();
      this.demand = first.demand();
      this.offer = first.offer();
    }

    /** Why the pair was turned down, by its first refusal; null when it was not. */
    String refusal() {
      for (Answer answer : answers) {
        if (answer == Answer.NOT_FOR_ME) {
          return NOT_FOR_ME;
        }
        if (answer == Answer.MUTE_SIMILAR) {
          return MUTE_SIMILAR;
        }
      }
      return null;
    }
  }

  /** A demand and what its pairs were labelled. */
  private static final class Labelled {
    final Post post;
    final List<String> relevant = new ArrayList<>();
    final List<String> collaborated = new ArrayList<>();
    final List<HardNegative> hardNegatives = new ArrayList<>();

    Labelled(Post post) {
      this.post = post;
    }
  }
}
