package io.coshoring.deploy.faults;

import com.google.gson.JsonObject;
import io.coshoring.deploy.faults.Ledger.Taken;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.slack.testing.SlackCall;
import io.coshoring.slack.testing.SlackRequests;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.java_websocket.exceptions.WebsocketNotConnectedException;

/**
 * Plays the members who receive a proposal: each clicks "I'm interested" on it, once, however many
 * times it arrives. Looks at what the fakes received since its last look.
 */
final class MatchClicker {

  static final String INTERESTED = "match:interested:";

  private final FakePlatforms fakes;
  private final SlackRequests slack;
  private final Ledger ledger;
  private final Executor senders;
  private final Set<String> clicked = new HashSet<>();
  private int slackSeen;
  private int discordSeen;

  MatchClicker(FakePlatforms fakes, SlackRequests slack, Ledger ledger, Executor senders) {
    this.fakes = fakes;
    this.slack = slack;
    this.ledger = ledger;
    this.senders = senders;
  }

  /** Clicks on the proposals that came since the last look. */
  synchronized void look() {
    List<SlackCall> slackCalls = fakes.slack.calls("chat.postMessage");
    for (SlackCall call : slackCalls.subList(slackSeen, slackCalls.size())) {
      String user = call.param("channel");
      if (call.answer() != null
          && call.answer().get("ok").getAsBoolean()
          && fakes.isSlackMember(user)) {
        interested(call.actionIds())
            .ifPresent(action -> clickOnSlack(user, action, call.answer().get("ts").getAsString()));
      }
    }
    slackSeen = slackCalls.size();
    List<DiscordCall> discordCalls = fakes.discord.calls();
    for (DiscordCall call : discordCalls.subList(discordSeen, discordCalls.size())) {
      String[] path = call.path().split("/");
      if (call.method().equals("POST")
          && call.status() == 200
          && path.length == 3
          && path[0].equals("channels")
          && path[2].equals("messages")) {
        String user = fakes.dmUser(path[1]);
        if (user != null) {
          interested(call.buttonIds()).ifPresent(action -> clickOnDiscord(user, call, action));
        }
      }
    }
    discordSeen = discordCalls.size();
  }

  /** Where Slack's click on a proposal may be answered when its message cannot be updated. */
  static String responseName(String user, String matchId) {
    return "click-" + user + "-" + matchId;
  }

  private static Optional<String> interested(List<String> actions) {
    return actions.stream().filter(id -> id.startsWith(INTERESTED)).findFirst();
  }

  private void clickOnSlack(String user, String action, String ts) {
    if (!clicked.add("slack:" + user + ":" + action)) {
      return;
    }
    Member member = new Member(Member.Platform.SLACK, user, user);
    String matchId = action.substring(INTERESTED.length());
    senders.execute(
        () -> {
          long sentAt = System.nanoTime();
          Taken taken =
              SlackSends.taken(
                  () ->
                      slack.blockAction(
                          FakePlatforms.TEAM,
                          user,
                          action,
                          "D" + user,
                          ts,
                          fakes.slack.responseUrl(responseName(user, matchId))));
          ledger.clicked(new Ledger.Click(member, matchId, ts, null, taken, sentAt));
        });
  }

  private void clickOnDiscord(String user, DiscordCall proposal, String action) {
    if (!clicked.add("discord:" + user + ":" + action)) {
      return;
    }
    Member member = new Member(Member.Platform.DISCORD, user, user);
    JsonObject interaction =
        fakes.interactions.clickInDm(fakes.discordUser(user), proposal, INTERESTED);
    long sentAt = System.nanoTime();
    try {
      fakes.discord.gateway().dispatch("INTERACTION_CREATE", interaction);
    } catch (WebsocketNotConnectedException e) {
      // Closed under the send: Discord would show "interaction failed".
    }
    ledger.clicked(
        new Ledger.Click(
            member,
            action.substring(INTERESTED.length()),
            interaction.get("token").getAsString(),
            interaction.get("id").getAsString(),
            Taken.SEE_CALLBACK,
            sentAt));
  }
}
