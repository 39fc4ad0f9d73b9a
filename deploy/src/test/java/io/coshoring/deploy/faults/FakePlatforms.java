package io.coshoring.deploy.faults;

import com.google.gson.JsonObject;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import io.coshoring.slack.testing.FakeSlack;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fake Slack and the fake Discord, in the harness's process on 127.0.0.1, peopled for a run:
 * workspace T1 (Paris) with its admin Amélie in #general C1, the Tel Aviv server with its admin
 * Noa, and as many members on each as the pairs need. The app under test reaches them only through
 * its settings.
 */
final class FakePlatforms implements AutoCloseable {

  static final String TEAM = "T1";
  static final String BOT_TOKEN = "xoxb-paris";
  static final String SIGNING_SECRET = "fault-harness-secret";
  static final String SLACK_CHANNEL = "C1";
  static final String GUILD = "200";

  /** The Web API methods the app calls on the way of a request, a DM or a bridged message. */
  private static final List<String> SLACK_METHODS =
      List.of(
          "chat.postMessage",
          "chat.update",
          "conversations.open",
          "conversations.history",
          "users.info");

  final FakeSlack slack = FakeSlack.start();
  final FakeDiscord discord = FakeDiscord.start();
  final Interactions interactions = new Interactions(discord);
  final Member slackAdmin = new Member(Member.Platform.SLACK, "U1", "amelie");
  final Interactions.Where discordAdmin;
  private final String discordChannel;
  private final Map<String, JsonObject> discordUsers = new HashMap<>();
  private final Map<String, String> dmChannels = new HashMap<>();
  private final Set<String> slackMembers = ConcurrentHashMap.newKeySet();

  FakePlatforms() {
    slack.addWorkspace(TEAM, BOT_TOKEN);
    slack.addUser(TEAM, slackAdmin.id(), slackAdmin.name(), "Europe/Paris", true);
    discordChannel = discord.addGuild(GUILD, "Tel Aviv Devs");
    discordAdmin =
        new Interactions.Where(GUILD, discordChannel, discord.addUser("302", "noa"), true);
  }

  /** The platforms answer the app's calls this much later, as over a slow network. */
  void answerIn(Duration latency) {
    for (String method : SLACK_METHODS) {
      slack.slowDown(method, latency);
    }
    discord.delayAnswers(latency);
  }

  /** The {@code n}th member of a run, on Slack for even platforms' turns. */
  Member addMember(int n, Member.Platform platform) {
    if (platform == Member.Platform.SLACK) {
      Member member = new Member(platform, "U" + (10_000 + n), "slacker" + n);
      slack.addUser(TEAM, member.id(), member.name(), "Europe/Paris", false);
      slackMembers.add(member.id());
      return member;
    }
    Member member = new Member(platform, Long.toString(600_000L + n), "discorder" + n);
    synchronized (this) {
      discordUsers.put(member.id(), discord.addUser(member.id(), member.name()));
      dmChannels.put(discord.dmChannelOf(member.id()), member.id());
    }
    return member;
  }

  /** Where a Discord member types commands: the server's #general, as a plain member. */
  synchronized Interactions.Where whereIs(Member member) {
    return new Interactions.Where(GUILD, discordChannel, discordUsers.get(member.id()), false);
  }

  synchronized JsonObject discordUser(String id) {
    return discordUsers.get(id);
  }

  boolean isSlackMember(String id) {
    return slackMembers.contains(id);
  }

  /** The harness member whose DM channel this is, or null. */
  synchronized String dmUser(String channel) {
    return dmChannels.get(channel);
  }

  String discordChannel() {
    return discordChannel;
  }

  @Override
  public void close() {
    discord.close();
    slack.close();
  }
}
