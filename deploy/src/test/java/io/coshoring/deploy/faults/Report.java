package io.coshoring.deploy.faults;

import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The figures of a run as Markdown, to paste into BENCHMARKS.md as they are. */
final class Report {

  private final FaultPlan plan;
  private final LoadRun load;
  private final List<Duration> startups;
  private final Duration settled;
  private final boolean stoppedCleanly;

  Report(
      FaultPlan plan,
      LoadRun load,
      List<Duration> startups,
      Duration settled,
      boolean stoppedCleanly) {
    this.plan = plan;
    this.load = load;
    this.startups = startups;
    this.settled = settled;
    this.stoppedCleanly = stoppedCleanly;
  }

  void print(Findings findings, PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "Measured on %s, %d cores, Java %s; `-Dfaults.args=\"%s %d %d %s %d\"`.%n%n",
        LocalDate.now(ZoneOffset.UTC),
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        number(plan.pairsPerSecond()),
        plan.seconds(),
        plan.kills(),
        number(plan.relayPerSecond()),
        plan.latencyMillis());
    out.printf(
        Locale.ROOT,
        "- load: %d s; SIGKILLs: %d (%d while the app was still starting)%s%n",
        plan.seconds(),
        load.kills().size(),
        load.kills().stream().filter(kill -> !kill.serving()).count(),
        load.kills().isEmpty()
            ? ""
            : load.kills().stream()
                .map(kill -> String.format(Locale.ROOT, "%.1f", kill.at().toMillis() / 1000.0))
                .collect(Collectors.joining(", ", ", at ", " s")));
    List<Long> millis = startups.stream().map(Duration::toMillis).sorted().toList();
    out.printf(
        Locale.ROOT,
        "- start to ready: %d starts, median %s, max %s (%s)%n",
        millis.size(),
        seconds(millis.get(millis.size() / 2)),
        seconds(millis.get(millis.size() - 1)),
        startups.stream()
            .map(startup -> seconds(startup.toMillis()))
            .collect(Collectors.joining(", ")));
    out.printf(
        Locale.ROOT,
        "- settled in %s after the load; then SIGTERM: %s%n%n",
        seconds(settled.toMillis()),
        stoppedCleanly ? "exited within 45 s" : "had to be killed after 45 s");
    out.println("| | figure |");
    out.println("|---|---:|");
    for (Findings.Row row : findings.rows()) {
      String what = row.detail() ? "↳ " + row.what() : row.what();
      String value = String.format(Locale.ROOT, "%,d", row.value());
      out.printf(
          Locale.ROOT,
          "| %s | %s |%n",
          what,
          row.fault() && row.value() != 0 ? "**" + value + "**" : value);
    }
    out.println();
    for (Findings.Row row : findings.rows()) {
      if (!row.examples().isEmpty()) {
        out.println(
            "- " + row.section() + ", " + row.what() + ": " + String.join("; ", row.examples()));
      }
    }
    out.println(findings.clean() ? "\nAll faults 0." : "\nSome faults are not 0.");
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
