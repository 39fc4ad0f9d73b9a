package io.coshoring.deploy.faults;

import com.google.gson.JsonObject;
import io.coshoring.deploy.faults.Ledger.Taken;
import io.coshoring.slack.testing.SlackRequests;
import java.util.Map;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * Offers and demands made to match each other, a pair at a time: each pair shares a hashtag no
 * other pair uses, so its match is unambiguous, and its two sides are new members. Pairs take turns
 * between Slack alone, Discord alone, and each way across.
 */
final class PairTraffic {

  private final FakePlatforms fakes;
  private final SlackRequests slack;
  private final Ledger ledger;
  private final String run;

  PairTraffic(FakePlatforms fakes, SlackRequests slack, Ledger ledger, String run) {
    this.fakes = fakes;
    this.slack = slack;
    this.ledger = ledger;
    this.run = run;
  }

  /** The hashtag of a pair; it appears in both posts, and in the proposals quoting them. */
  String tag(int pair) {
    // Ends with a letter, so that no pair's tag begins another's.
    return "#fh" + run + "p" + pair + "x";
  }

  void send(int pair) {
    boolean offerOnSlack = pair % 4 == 0 || pair % 4 == 2;
    boolean demandOnSlack = pair % 4 == 0 || pair % 4 == 3;
    Member offerer = fakes.addMember(2 * pair, platform(offerOnSlack));
    Member seeker = fakes.addMember(2 * pair + 1, platform(demandOnSlack));
    post(pair, true, offerer, "Offering hands-on help with " + tag(pair) + " for your team");
    post(pair, false, seeker, "Looking for someone who knows " + tag(pair) + " well");
  }

  private void post(int pair, boolean offer, Member member, String text) {
    String command = offer ? "offer" : "demand";
    if (member.onSlack()) {
      String trigger = "fh-" + run + "-" + command + "-" + pair;
      String answerAt = command + "-" + pair;
      long sentAt = System.nanoTime();
      Taken taken =
          SlackSends.taken(
              () ->
                  slack.slashCommand(
                      FakePlatforms.TEAM,
                      "paris",
                      member.id(),
                      member.name(),
                      "/" + command,
                      text,
                      fakes.slack.responseUrl(answerAt),
                      trigger));
      ledger.posted(
          new Ledger.Post(pair, offer, member, "slack:" + trigger, answerAt, null, taken, sentAt));
      return;
    }
    JsonObject interaction =
        fakes.interactions.slashCommand(fakes.whereIs(member), command, null, Map.of("text", text));
    String id = interaction.get("id").getAsString();
    long sentAt = System.nanoTime();
    try {
      fakes.discord.gateway().dispatch("INTERACTION_CREATE", interaction);
    } catch (WebsocketNotConnectedException e) {
      // The connection closed under the send: Discord would show "interaction failed".
    }
    ledger.posted(
        new Ledger.Post(
            pair,
            offer,
            member,
            "discord:interaction:" + id,
            interaction.get("token").getAsString(),
            id,
            Taken.SEE_CALLBACK,
            sentAt));
  }

  private static Member.Platform platform(boolean slack) {
    return slack ? Member.Platform.SLACK : Member.Platform.DISCORD;
  }
}
