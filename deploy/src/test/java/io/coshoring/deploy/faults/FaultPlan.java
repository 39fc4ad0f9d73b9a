package io.coshoring.deploy.faults;

import java.time.Duration;

/**
 * How hard and how long a fault run goes: offer/demand pairs a second, seconds of load, SIGKILLs
 * spread over them, bridged messages a second each way. Every figure is bounded, so that a run
 * stops by itself on a laptop.
 */
record FaultPlan(
    double pairsPerSecond, int seconds, int kills, double relayPerSecond, int latencyMillis) {

  static final String USAGE =
      "arguments: [pairs per second, default 3] [seconds, default 180] [kills, default 10]"
          + " [bridged messages per second each way, default 1]"
          + " [milliseconds the platforms take to answer the app, default 0]";

  FaultPlan {
    check(pairsPerSecond > 0 && pairsPerSecond <= 20, "pairs per second: 0 to 20");
    check(seconds >= 10 && seconds <= 1800, "seconds: 10 to 1800");
    check(kills >= 0 && kills <= seconds / 5, "kills: 0 to one every 5 seconds");
    check(relayPerSecond >= 0 && relayPerSecond <= 10, "bridged messages per second: 0 to 10");
    check(latencyMillis >= 0 && latencyMillis <= 2000, "platform latency: 0 to 2000 ms");
  }

  static FaultPlan of(String[] args) {
    return new FaultPlan(
        args.length > 0 ? Double.parseDouble(args[0]) : 3,
        args.length > 1 ? Integer.parseInt(args[1]) : 180,
        args.length > 2 ? Integer.parseInt(args[2]) : 10,
        args.length > 3 ? Double.parseDouble(args[3]) : 1,
        args.length > 4 ? Integer.parseInt(args[4]) : 0);
  }

  Duration load() {
    return Duration.ofSeconds(seconds);
  }

  Duration latency() {
    return Duration.ofMillis(latencyMillis);
  }

  int pairs() {
    return (int) Math.floor(pairsPerSecond * seconds);
  }

  private static void check(boolean ok, String range) {
    if (!ok) {
      throw new IllegalArgumentException(range + "; " + USAGE);
    }
  }
}
