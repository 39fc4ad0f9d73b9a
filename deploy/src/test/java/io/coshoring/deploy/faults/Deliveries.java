package io.coshoring.deploy.faults;

import com.google.gson.JsonObject;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.slack.testing.SlackCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What reached the fakes, indexed once the run is over: the answers to requests, the DMs members
 * saw, and the bridged copies in the order each channel got them. Only what the platform accepted
 * counts: a call the fake refused was never seen by a member.
 */
final class Deliveries {

  /** A DM as its member saw it; the same signature twice under two ids is a visible duplicate. */
  record Dm(String recipient, String signature, String messageId) {}

  /** A bridged copy: the number of the message it copies, and the id it got where it landed. */
  record Copy(int seq, String messageId) {}

  /** How many answers each response URL took: each one is a message the member sees. */
  final Map<String, Integer> slackResponses = new HashMap<>();

  final Set<String> slackUpdates = new HashSet<>();
  final Set<String> discordCallbacks = new HashSet<>();
  final Set<String> discordEdits = new HashSet<>();
  final List<Dm> dms = new ArrayList<>();
  final List<Copy> toDiscord = new ArrayList<>();
  final List<Copy> toSlack = new ArrayList<>();

  private static final Pattern TO_DISCORD = Pattern.compile(BridgeTraffic.TO_DISCORD + "(\\d{6})");
  private static final Pattern TO_SLACK = Pattern.compile(BridgeTraffic.TO_SLACK + "(\\d{6})");

  Deliveries(FakePlatforms fakes) {
    fakes.slack.calls().forEach(call -> slack(call, fakes));
    fakes.discord.calls().forEach(call -> discord(call, fakes));
  }

  private void slack(SlackCall call, FakePlatforms fakes) {
    if (call.method().startsWith("response:")) {
      slackResponses.merge(call.method().substring("response:".length()), 1, Integer::sum);
      return;
    }
    boolean accepted = call.answer() != null && call.answer().get("ok").getAsBoolean();
    if (!accepted) {
      return;
    }
    if (call.method().equals("chat.update")) {
      slackUpdates.add(call.param("channel") + "/" + call.param("ts"));
    } else if (call.method().equals("chat.postMessage")) {
      String channel = call.param("channel");
      String ts = call.answer().get("ts").getAsString();
      if (fakes.isSlackMember(channel)) {
        dms.add(new Dm("slack:" + channel, call.param("text") + call.param("blocks"), ts));
      } else if (channel.equals(FakePlatforms.SLACK_CHANNEL)) {
        copy(TO_SLACK, call.param("text"), ts, toSlack);
      }
    }
  }

  private void discord(DiscordCall call, FakePlatforms fakes) {
    String[] path = call.path().split("/");
    boolean ok = call.status() / 100 == 2;
    if (!ok) {
      return;
    }
    if (path[0].equals("interactions") && path.length == 4 && path[3].equals("callback")) {
      discordCallbacks.add(path[1]);
    } else if (path[0].equals("webhooks") && path[1].equals(FakeDiscord.APPLICATION_ID)) {
      if (call.method().equals("PATCH") && call.path().endsWith("/messages/@original")) {
        discordEdits.add(path[2]);
      }
    } else if (path[0].equals("webhooks") && call.method().equals("POST")) {
      copy(
          TO_DISCORD,
          call.json().has("content") ? call.json().get("content").getAsString() : "",
          call.answeredMessageId(),
          toDiscord);
    } else if (call.method().equals("POST")
        && path.length == 3
        && path[0].equals("channels")
        && path[2].equals("messages")) {
      String user = fakes.dmUser(path[1]);
      if (user != null) {
        JsonObject seen = call.json().deepCopy();
        // A resend under another nonce is still a second message in the member's DMs.
        seen.remove("nonce");
        seen.remove("enforce_nonce");
        dms.add(new Dm("discord:" + user, seen.toString(), call.answeredMessageId()));
      }
    }
  }

  private static void copy(Pattern numbered, String text, String messageId, List<Copy> into) {
    Matcher seq = numbered.matcher(text);
    if (seq.find()) {
      into.add(new Copy(Integer.parseInt(seq.group(1)), messageId));
    }
  }
}
