package io.coshoring.deploy.faults;

import io.coshoring.deploy.faults.Ledger.Taken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The figures of a run, from what the harness sent, what reached the fakes, and what the app's
 * database holds. The counts say how much went through; the faults must all be 0. Each fault keeps
 * a few examples, to start reading the code from.
 */
final class Findings {

  /**
   * One line of the table, under the heading of its section; a fault is a figure that must be 0.
   */
  record Row(String section, String what, long value, boolean fault, List<String> examples) {

    /** Indented under its section's heading, in the table. */
    boolean detail() {
      return !section.equals(what);
    }
  }

  private static final int EXAMPLES = 5;

  /** The button of an introduction, followed by its match's id. */
  private static final String OPEN_ROOM = "room:open:";

  private final Ledger ledger;
  private final Deliveries seen;
  private final Set<String> stored;
  private final PairTraffic pairs;
  private final List<LoadRun.Kill> kills;
  private final List<Row> rows = new ArrayList<>();
  private String section = "";

  Findings(
      Ledger ledger,
      Deliveries seen,
      Set<String> storedRequests,
      PairTraffic pairs,
      List<LoadRun.Kill> kills) {
    this.kills = kills;
    this.ledger = ledger;
    this.seen = seen;
    this.stored = storedRequests;
    this.pairs = pairs;
    posts();
    matches();
    clicks();
    duplicates();
    relay("Slack → Discord", ledger.slackToDiscord(), seen.toDiscord);
    relay("Discord → Slack", ledger.discordToSlack(), seen.toSlack);
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  boolean clean() {
    return rows.stream().noneMatch(row -> row.fault() && row.value() != 0);
  }

  private void posts() {
    List<Ledger.Post> sent = ledger.posts();
    List<Ledger.Post> acked = sent.stream().filter(this::acked).toList();
    heading("offers and demands sent", sent.size());
    count("acknowledged", acked.size());
    count(
        "declined at once (\"nothing was saved\")",
        sent.stream().filter(p -> p.taken() == Taken.DECLINED).count());
    count(
        "not acknowledged, yet stored (the member saw an error)",
        sent.stream()
            .filter(p -> !acked(p) && p.taken() != Taken.DECLINED)
            .filter(p -> stored.contains(p.requestKey()))
            .count());
    fault(
        "acknowledged, post never stored",
        acked.stream()
            .filter(p -> !stored.contains(p.requestKey()))
            .map(p -> p.requestKey() + beforeKill(p.sentAt())));
    fault(
        "acknowledged, never answered",
        acked.stream().filter(p -> !answered(p)).map(p -> p.requestKey() + beforeKill(p.sentAt())));
    // A Slack answer is a new ephemeral message; Discord's is an edit of one reply, seen once.
    fault(
        "answered twice",
        sent.stream()
            .filter(p -> p.member().onSlack())
            .filter(p -> seen.slackResponses.getOrDefault(p.answerAt(), 0) > 1)
            .map(p -> p.requestKey() + beforeKill(p.sentAt())));
  }

  private void matches() {
    Map<Integer, List<Ledger.Post>> byPair =
        ledger.posts().stream().collect(Collectors.groupingBy(Ledger.Post::pair));
    List<Integer> bothAcked =
        byPair.entrySet().stream()
            .filter(pair -> pair.getValue().size() == 2)
            .filter(pair -> pair.getValue().stream().allMatch(this::acked))
            .map(Map.Entry::getKey)
            .sorted()
            .toList();
    heading("pairs with both sides acknowledged", bothAcked.size());
    fault(
        "should match, never matched",
        bothAcked.stream()
            .filter(pair -> !byPair.get(pair).stream().allMatch(p -> proposedTo(p, pair)))
            .map(pair -> pairs.tag(pair)));
  }

  private void clicks() {
    List<Ledger.Click> sent = ledger.clicks();
    List<Ledger.Click> acked = sent.stream().filter(this::acked).toList();
    heading("\"I'm interested\" clicks sent", sent.size());
    count("acknowledged", acked.size());
    fault(
        "acknowledged, never answered",
        acked.stream()
            .filter(click -> !answered(click))
            .map(
                click ->
                    click.member().id() + " on " + click.matchId() + beforeKill(click.sentAt())));
    Map<String, Long> yeses =
        acked.stream().collect(Collectors.groupingBy(Ledger.Click::matchId, Collectors.counting()));
    Set<String> introduced = new HashSet<>();
    for (Deliveries.Dm dm : seen.dms) {
      int at = dm.signature().indexOf(OPEN_ROOM);
      if (at >= 0) {
        String matchId = dm.signature().substring(at + OPEN_ROOM.length()).split("\"")[0];
        introduced.add(dm.recipient() + "|" + matchId);
      }
    }
    long bothSaidYes = yeses.values().stream().filter(n -> n == 2).count();
    heading("matches both sides said yes to (acknowledged)", bothSaidYes);
    fault(
        "never introduced to both",
        acked.stream()
            .filter(click -> yeses.get(click.matchId()) == 2)
            .filter(
                click ->
                    !introduced.contains(
                        platformOf(click.member()) + click.member().id() + "|" + click.matchId()))
            .map(Ledger.Click::matchId)
            .distinct());
  }

  private void duplicates() {
    Map<String, Set<String>> idsBySight = new HashMap<>();
    for (Deliveries.Dm dm : seen.dms) {
      idsBySight
          .computeIfAbsent(dm.recipient() + "|" + dm.signature(), k -> new HashSet<>())
          .add(dm.messageId());
    }
    heading("DMs members received", idsBySight.values().stream().mapToLong(Set::size).sum());
    List<String> twice = new ArrayList<>();
    idsBySight.forEach(
        (sight, ids) -> {
          for (int extra = 1; extra < ids.size(); extra++) {
            twice.add(firstWords(sight));
          }
        });
    fault("the same DM twice", twice.stream());
  }

  private void relay(String way, List<Ledger.Relayed> written, List<Deliveries.Copy> copies) {
    Map<Integer, Set<String>> bySeq = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    for (Deliveries.Copy copy : copies) {
      if (bySeq.computeIfAbsent(copy.seq(), s -> new HashSet<>()).add(copy.messageId())
          && bySeq.get(copy.seq()).size() == 1) {
        order.add(copy.seq());
      }
    }
    List<Ledger.Relayed> owed = written.stream().filter(Ledger.Relayed::owed).toList();
    heading("bridged " + way + ", written", written.size());
    count(
        way.startsWith("Slack") ? "acknowledged" : "sent to the app as written (the rest kept)",
        written.stream().filter(Ledger.Relayed::live).count());
    fault(
        "lost",
        owed.stream()
            .filter(message -> !bySeq.containsKey(message.seq()))
            .map(message -> "#" + message.seq() + beforeKill(message.sentAt())));
    List<String> twice = new ArrayList<>();
    bySeq.forEach(
        (seq, ids) -> {
          for (int extra = 1; extra < ids.size(); extra++) {
            twice.add("#" + seq);
          }
        });
    fault("relayed twice", twice.stream());
    List<String> late = new ArrayList<>();
    int highest = -1;
    for (int seq : order) {
      if (seq < highest) {
        late.add("#" + seq + " after #" + highest);
      }
      highest = Math.max(highest, seq);
    }
    fault("out of order", late.stream());
  }

  /** Who got a DM and how it begins, on one line. */
  private static String firstWords(String sight) {
    String line = sight.replace('|', ' ').replaceAll("\\s+", " ").replace("\\n", " ");
    return "to " + line.substring(0, Math.min(line.length(), 80)) + "…";
  }

  /** How near the nearest SIGKILL something was sent, when one came within 10 seconds. */
  private String beforeKill(long sentAt) {
    return kills.stream()
        .min(Comparator.comparingLong(kill -> Math.abs(kill.nanos() - sentAt)))
        .filter(kill -> Math.abs(kill.nanos() - sentAt) < 10_000_000_000L)
        .map(
            kill ->
                String.format(
                    Locale.ROOT,
                    " (sent %.2f s %s a SIGKILL)",
                    Math.abs(kill.nanos() - sentAt) / 1e9,
                    kill.nanos() >= sentAt ? "before" : "after"))
        .orElse("");
  }

  private boolean acked(Ledger.Post post) {
    return post.taken() == Taken.ACKED
        || (post.taken() == Taken.SEE_CALLBACK
            && seen.discordCallbacks.contains(post.interaction()));
  }

  private boolean acked(Ledger.Click click) {
    return click.taken() == Taken.ACKED
        || (click.taken() == Taken.SEE_CALLBACK
            && seen.discordCallbacks.contains(click.interaction()));
  }

  private boolean answered(Ledger.Post post) {
    return post.member().onSlack()
        ? seen.slackResponses.containsKey(post.answerAt())
        : seen.discordEdits.contains(post.answerAt());
  }

  private boolean answered(Ledger.Click click) {
    return click.member().onSlack()
        ? seen.slackUpdates.contains("D" + click.member().id() + "/" + click.answerAt())
            || seen.slackResponses.containsKey(
                MatchClicker.responseName(click.member().id(), click.matchId()))
        : seen.discordEdits.contains(click.answerAt());
  }

  /** A proposal quoting the other side's post reached this side's member. */
  private boolean proposedTo(Ledger.Post side, int pair) {
    String recipient = platformOf(side.member()) + side.member().id();
    String tag = pairs.tag(pair);
    return seen.dms.stream()
        .anyMatch(
            dm ->
                dm.recipient().equals(recipient)
                    && dm.signature().contains(MatchClicker.INTERESTED)
                    && dm.signature().contains(tag));
  }

  private static String platformOf(Member member) {
    return member.onSlack() ? "slack:" : "discord:";
  }

  private void heading(String what, long value) {
    section = what;
    count(what, value);
  }

  private void count(String what, long value) {
    rows.add(new Row(section, what, value, false, List.of()));
  }

  private <T> void fault(String what, Stream<T> cases) {
    List<String> all = cases.map(Object::toString).toList();
    rows.add(
        new Row(section, what, all.size(), true, all.subList(0, Math.min(EXAMPLES, all.size()))));
  }
}
