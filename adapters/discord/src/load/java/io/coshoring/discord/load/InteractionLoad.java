package io.coshoring.discord.load;

import com.google.gson.JsonObject;
import io.coshoring.discord.DiscordTestApp;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Interaction-to-response latency through the fake gateway: the time from an INTERACTION_CREATE
 * sent on the gateway to the interaction's callback (the deferred, ephemeral reply) arriving at
 * the fake REST API, and to the answer edited in. First with a bare JDA listener that only
 * defers, the baseline; then with coshoring's adapter, in the same process. The interactions come
 * from 200 members in turn, as a busy server's would: one member's requests run one after
 * another, and a single member sending 200 a second would measure that queue, not the adapter.
 * Talks only to 127.0.0.1; stops by itself.
 *
 * <p>Arguments: {@code [interactions, default 10000] [rate per second, default 200]}.
 */
public final class InteractionLoad {

  private InteractionLoad() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int rate = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    Result baseline;
    try (FakeDiscord discord = FakeDiscord.start()) {
      List<Interactions.Where> where = members(discord);
      JDA bare = bareBot(discord);
      run(discord, where, rate, count / 10, false);
      baseline = run(discord, where, rate, count, false);
      print("baseline (bare JDA listener, defer only)", count, baseline);
      bare.shutdownNow();
    }
    try (FakeDiscord discord = FakeDiscord.start()) {
      List<Interactions.Where> where = members(discord);
      try (DiscordTestApp app =
          new DiscordTestApp(Files.createTempDirectory("coshoring-load"), discord)) {
        run(discord, where, rate, count / 10, true);
        Result ours = run(discord, where, rate, count, true);
        print("coshoring adapter, /coshore mine", count, ours);
        System.out.printf(
            Locale.ROOT,
            "ratio of the acknowledgement to the baseline: p50 %.1fx, p99 %.1fx%n",
            ours.ackP50() / baseline.ackP50(),
            ours.ackP99() / baseline.ackP99());
      }
    }
  }

  record Result(double ackP50, double ackP99, double answerP50, double answerP99, int missing) {}

  private static final int MEMBERS = 200;

  private static List<Interactions.Where> members(FakeDiscord discord) {
    String channel = discord.addGuild("100", "Load Hub");
    List<Interactions.Where> members = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      String id = Integer.toString(1000 + m);
      members.add(new Interactions.Where("100", channel, discord.addUser(id, "member" + m), false));
    }
    return members;
  }

  private static JDA bareBot(FakeDiscord discord) throws InterruptedException {
    String gateway = discord.gateway().url();
    return JDABuilder.createLight(FakeDiscord.TOKEN, EnumSet.noneOf(GatewayIntent.class))
        .setRestConfig(new RestConfig().setBaseUrl(discord.restUrl()))
        .setSessionController(
            new SessionControllerAdapter() {
              @Override
              public String getGateway() {
                return gateway;
              }
            })
        .setCompression(Compression.NONE)
        .addEventListeners(
            new ListenerAdapter() {
              @Override
              public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                event.deferReply(true).queue();
              }
            })
        .build()
        .awaitReady();
  }

  private static Result run(
      FakeDiscord discord, List<Interactions.Where> members, int rate, int count, boolean answered)
      throws InterruptedException {
    Interactions interactions = new Interactions(discord);
    Map<String, Long> sent = new HashMap<>();
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long wait = start + i * interval - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      JsonObject interaction = interactions.slashCommand(members.get(i % members.size()), "coshore", "mine", Map.of());
      sent.put(interaction.get("token").getAsString(), System.nanoTime());
      discord.gateway().dispatch("INTERACTION_CREATE", interaction);
    }
    long deadline = System.nanoTime() + 60_000_000_000L;
    List<Long> acks = new ArrayList<>();
    List<Long> answers = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      acks.clear();
      answers.clear();
      for (DiscordCall call : discord.calls()) {
        String[] parts = call.path().split("/");
        if (parts[0].equals("interactions") && sent.containsKey(parts[2])) {
          acks.add(call.nanos() - sent.get(parts[2]));
        } else if (parts[0].equals("webhooks") && call.method().equals("PATCH")
            && sent.containsKey(parts[2])) {
          answers.add(call.nanos() - sent.get(parts[2]));
        }
      }
      if (acks.size() >= count && (!answered || answers.size() >= count)) {
        break;
      }
      Thread.sleep(200);
    }
    Collections.sort(acks);
    Collections.sort(answers);
    return new Result(
        percentile(acks, 0.5),
        percentile(acks, 0.99),
        percentile(answers, 0.5),
        percentile(answers, 0.99),
        count - acks.size());
  }

  private static void print(String name, int count, Result result) {
    System.out.printf(
        Locale.ROOT,
        "%s: %d interactions, %d unacknowledged; acknowledged p50 %.2f ms, p99 %.2f ms%s%n",
        name,
        count,
        result.missing(),
        result.ackP50(),
        result.ackP99(),
        Double.isNaN(result.answerP50())
            ? ""
            : String.format(
                Locale.ROOT,
                "; answered p50 %.2f ms, p99 %.2f ms",
                result.answerP50(),
                result.answerP99()));
  }

  private static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)) / 1e6;
  }
}
