package io.coshoring.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.attribute.IWebhookContainer;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * The bot's connection to Discord: one JDA session, or JDA's shard manager when the settings ask
 * for several shards, so that many servers are spread over several gateway connections. Either way
 * the rest of the adapter asks it for a server or a channel, whichever shard serves it, or for any
 * shard to open a DM with.
 */
final class DiscordSession implements AutoCloseable {

  private final JDA single;
  private final ShardManager shards;

  private DiscordSession(JDA single, ShardManager shards) {
    this.single = single;
    this.shards = shards;
  }

  /** Connects and waits until every shard is ready. */
  static DiscordSession connect(DiscordSettings settings, EventListener listener)
      throws InterruptedException {
    // Bridges read the messages of bridged channels (Message Content is a privileged intent) and
    // the reactions on them.
    EnumSet<GatewayIntent> intents =
        EnumSet.of(
            GatewayIntent.GUILD_MESSAGES,
            GatewayIntent.MESSAGE_CONTENT,
            GatewayIntent.GUILD_MESSAGE_REACTIONS);
    if (settings.shards() == 1) {
      JDABuilder builder = JDABuilder.createLight(settings.token(), intents);
      builder.addEventListeners(listener);
      if (settings.restUrl() != null) {
        builder.setRestConfig(new RestConfig().setBaseUrl(settings.restUrl()));
      }
      if (settings.gatewayUrl() != null) {
        builder.setSessionController(pointedAt(settings)).setCompression(Compression.NONE);
      }
      return new DiscordSession(builder.build().awaitReady(), null);
    }
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(settings.token(), intents)
            .setShardsTotal(settings.shards())
            .addEventListeners(listener);
    if (settings.restUrl() != null) {
      builder.setRestConfigProvider(shard -> new RestConfig().setBaseUrl(settings.restUrl()));
    }
    if (settings.gatewayUrl() != null) {
      builder.setSessionController(pointedAt(settings)).setCompression(Compression.NONE);
    }
    ShardManager manager = builder.build();
    // The manager starts shards one after another, as Discord's identify limit allows.
    while (manager.getShardsQueued() > 0 || manager.getShards().size() < settings.shards()) {
      Thread.sleep(50);
    }
    for (JDA shard : manager.getShards()) {
      shard.awaitReady();
    }
    return new DiscordSession(null, manager);
  }

  /** A gateway named by the settings instead of the one Discord gives. */
  private static SessionControllerAdapter pointedAt(DiscordSettings settings) {
    String gateway = settings.gatewayUrl();
    int total = settings.shards();
    return new SessionControllerAdapter() {
      @Override
      public String getGateway() {
        return gateway;
      }

      @Override
      public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gateway, total, total);
      }
    };
  }

  /** Any shard: each can open a DM or send to a channel by id. */
  JDA anyShard() {
    return single != null ? single : shards.getShards().get(0);
  }

  private List<JDA> shards() {
    return single != null ? List.of(single) : shards.getShards();
  }

  /**
   * A channel of a server the bot is in that a bridge can write in with a webhook, a text channel
   * or a forum, whichever shard serves it; null for none or another kind.
   */
  IWebhookContainer bridgeableChannel(String id) {
    GuildChannel channel =
        single != null ? single.getGuildChannelById(id) : shards.getGuildChannelById(id);
    return channel instanceof TextChannel || channel instanceof ForumChannel
        ? (IWebhookContainer) channel
        : null;
  }

  /** A server the bot is in, whichever shard serves it, or null. */
  Guild guild(String id) {
    return single != null ? single.getGuildById(id) : shards.getGuildById(id);
  }

  int servers() {
    return shards().stream().mapToInt(shard -> shard.getGuilds().size()).sum();
  }

  @Override
  public void close() {
    if (single != null) {
      single.shutdown();
    } else {
      shards.shutdown();
    }
  }
}
