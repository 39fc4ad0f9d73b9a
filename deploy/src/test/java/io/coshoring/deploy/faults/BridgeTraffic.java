package io.coshoring.deploy.faults;

import com.google.gson.JsonObject;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * Slack's #general (C1) bridged with the Tel Aviv server's #general, and numbered messages written
 * on each side. A Slack event the app does not acknowledge is sent again with the same event id, as
 * Slack does (three retries, here a few seconds apart rather than minutes). A Discord message stays
 * in its channel and goes to the app only if the gateway has a connection to send it on; a process
 * that starts anew reads the channel back for the rest.
 */
final class BridgeTraffic {

  static final String TO_DISCORD = "relay s2d ";
  static final String TO_SLACK = "relay d2s ";

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final long[] SLACK_RETRIES_MS = {1_000, 2_000, 4_000};

  private final FakePlatforms fakes;
  private final SlackRequests slack;
  private final Ledger ledger;
  private final String run;

  BridgeTraffic(FakePlatforms fakes, SlackRequests slack, Ledger ledger, String run) {
    this.fakes = fakes;
    this.slack = slack;
    this.ledger = ledger;
    this.run = run;
  }

  /** Amélie bridges C1 on Slack, Noa joins with the code on Discord: before any fault. */
  void create() {
    slack.slashCommandIn(
        FakePlatforms.SLACK_CHANNEL,
        FakePlatforms.TEAM,
        "paris",
        fakes.slackAdmin.id(),
        fakes.slackAdmin.name(),
        "/coshore",
        "bridge create faults",
        fakes.slack.responseUrl("bridge-create"));
    SlackCall created = fakes.slack.awaitCall("response:bridge-create", c -> true, WAIT);
    Matcher code = Pattern.compile("([A-Z0-9]{4}-[A-Z0-9]{4})").matcher(created.param("text"));
    if (!code.find()) {
      throw new IllegalStateException("no join code in " + created.param("text"));
    }
    fakes
        .discord
        .gateway()
        .dispatch(
            "INTERACTION_CREATE",
            fakes.interactions.slashCommandInGroup(
                fakes.discordAdmin, "coshore", "bridge", "join", Map.of("code", code.group(1))));
    DiscordCall joined =
        fakes.discord.awaitCall(
            c -> c.method().equals("PATCH") && c.body().toString().contains("now in bridge"), WAIT);
    if (joined.status() != 200) {
      throw new IllegalStateException("the bridge join was not answered: " + joined);
    }
  }

  static String text(String direction, int seq) {
    return direction + String.format(Locale.ROOT, "%06d", seq);
  }

  /** Amélie writes message {@code seq} in C1; Slack retries until acknowledged or it gives up. */
  void writeOnSlack(int seq) throws InterruptedException {
    JsonObject event = new JsonObject();
    String ts = String.format(Locale.ROOT, "1800000000.%06d", seq);
    event.addProperty("type", "message");
    event.addProperty("channel", FakePlatforms.SLACK_CHANNEL);
    event.addProperty("user", fakes.slackAdmin.id());
    event.addProperty("text", text(TO_DISCORD, seq));
    event.addProperty("ts", ts);
    event.addProperty("event_ts", ts);
    event.addProperty("channel_type", "channel");
    String eventId = "EvFH" + run + seq;
    for (int attempt = 0; attempt <= SLACK_RETRIES_MS.length; attempt++) {
      Integer retry = attempt == 0 ? null : attempt;
      long sentAt = System.nanoTime();
      Ledger.Taken taken =
          SlackSends.taken(() -> slack.event(FakePlatforms.TEAM, eventId, event, retry));
      if (taken == Ledger.Taken.ACKED) {
        ledger.wroteOnSlack(new Ledger.Relayed(seq, true, true, sentAt));
        return;
      }
      if (attempt < SLACK_RETRIES_MS.length) {
        Thread.sleep(SLACK_RETRIES_MS[attempt]);
      }
    }
    ledger.wroteOnSlack(new Ledger.Relayed(seq, false, false, System.nanoTime()));
  }

  /** Noa writes message {@code seq} in the server's #general. */
  void writeOnDiscord(int seq) {
    JsonObject message =
        fakes.interactions.message(fakes.discordAdmin, fakes.discord.nextId(), text(TO_SLACK, seq));
    boolean live;
    long sentAt = System.nanoTime();
    try {
      live = fakes.discord.memberWrites(message);
    } catch (WebsocketNotConnectedException e) {
      live = false;
    }
    ledger.wroteOnDiscord(new Ledger.Relayed(seq, true, live, sentAt));
  }
}
