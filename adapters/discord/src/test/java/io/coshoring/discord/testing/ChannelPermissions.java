package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.dv8tion.jda.api.Permission;

/**
 * The bot's permissions in each guild channel as Discord's REST API computes them: the @everyone
 * role's and the bot's roles' (all of them for the owner or an administrator), then the channel's
 * overwrites in Discord's order, @everyone's, the roles' together, the bot's own; without View
 * Channel nothing else counts. A thread takes its parent's. Fed from copies of the JSON the gateway
 * is sent, so a change made here ({@link #deny}, {@link #forget}) is one the bot has not heard of.
 */
final class ChannelPermissions {

  /** Every bit, those JDA has no name for too. */
  private static final long ALL = -1L;

  private static final long VIEW = Permission.VIEW_CHANNEL.getRawValue();
  private static final long ROLE = 0;
  private static final Set<Integer> THREAD_TYPES = Set.of(10, 11, 12);
  private static final int FORUM_TYPE = 15;

  private final String botId;
  private final Map<String, Guild> guilds = new ConcurrentHashMap<>();
  private final Map<String, JsonObject> channels = new ConcurrentHashMap<>();

  /** What of a guild sets the bot's base permissions. */
  private record Guild(String id, String ownerId, Map<String, Long> roles, List<String> botRoles) {}

  ChannelPermissions(String botId) {
    this.botId = botId;
  }

  void addGuild(JsonObject guild) {
    String id = guild.get("id").getAsString();
    Map<String, Long> roles = new ConcurrentHashMap<>();
    for (JsonElement role : guild.getAsJsonArray("roles")) {
      roles.put(string(role, "id"), bits(role.getAsJsonObject().get("permissions")));
    }
    List<String> botRoles = new ArrayList<>();
    for (JsonElement member : guild.getAsJsonArray("members")) {
      JsonObject object = member.getAsJsonObject();
      if (string(object.get("user"), "id").equals(botId)) {
        object.getAsJsonArray("roles").forEach(role -> botRoles.add(role.getAsString()));
      }
    }
    guilds.put(id, new Guild(id, guild.get("owner_id").getAsString(), roles, botRoles));
    guild.getAsJsonArray("channels").forEach(channel -> addChannel(channel.getAsJsonObject()));
    guild.getAsJsonArray("threads").forEach(thread -> addChannel(thread.getAsJsonObject()));
  }

  void addChannel(JsonObject channel) {
    channels.put(channel.get("id").getAsString(), channel.deepCopy());
  }

  /** The bot is denied this in the channel, by an overwrite of its own there. */
  void deny(String channelId, Permission permission) {
    JsonObject channel = channels.get(channelId);
    if (channel == null) {
      throw new IllegalArgumentException("no channel " + channelId);
    }
    synchronized (channel) {
      if (!channel.has("permission_overwrites")) {
        channel.add("permission_overwrites", new JsonArray());
      }
      JsonArray overwrites = channel.getAsJsonArray("permission_overwrites");
      JsonObject own = null;
      for (JsonElement overwrite : overwrites) {
        if (string(overwrite, "id").equals(botId)) {
          own = overwrite.getAsJsonObject();
        }
      }
      if (own == null) {
        own = new JsonObject();
        own.addProperty("id", botId);
        own.addProperty("type", 1);
        own.addProperty("allow", "0");
        own.addProperty("deny", "0");
        overwrites.add(own);
      }
      long raw = permission.getRawValue();
      own.addProperty("allow", Long.toString(bits(own.get("allow")) & ~raw));
      own.addProperty("deny", Long.toString(bits(own.get("deny")) | raw));
    }
  }

  /** The channel is gone, its threads with it. */
  void forget(String channelId) {
    channels.remove(channelId);
  }

  boolean knows(String channelId) {
    return parentOrSelf(channelId) != null;
  }

  boolean isThread(String channelId) {
    JsonObject channel = channels.get(channelId);
    return channel != null && THREAD_TYPES.contains(channel.get("type").getAsInt());
  }

  /** A copy of the channel's or thread's JSON, as Discord describes it. */
  Optional<JsonObject> channel(String channelId) {
    JsonObject channel = channels.get(channelId);
    if (channel == null) {
      return Optional.empty();
    }
    synchronized (channel) {
      return Optional.of(channel.deepCopy());
    }
  }

  boolean isForum(String channelId) {
    JsonObject channel = channels.get(channelId);
    return channel != null && channel.get("type").getAsInt() == FORUM_TYPE;
  }

  /** The bot's permissions in the guild, before any channel's overwrites; empty if unknown. */
  OptionalLong inGuild(String guildId) {
    Guild guild = guilds.get(guildId);
    return guild == null ? OptionalLong.empty() : OptionalLong.of(base(guild));
  }

  /** The bot's permissions in a channel or thread; empty for one the guild does not have. */
  OptionalLong inChannel(String channelId) {
    JsonObject channel = parentOrSelf(channelId);
    Guild guild = channel == null ? null : guilds.get(channel.get("guild_id").getAsString());
    if (guild == null) {
      return OptionalLong.empty();
    }
    long permissions = base(guild);
    if (permissions == ALL) {
      return OptionalLong.of(permissions);
    }
    long roleAllow = 0;
    long roleDeny = 0;
    JsonObject member = null;
    synchronized (channel) {
      JsonArray overwrites =
          channel.has("permission_overwrites")
              ? channel.getAsJsonArray("permission_overwrites").deepCopy()
              : new JsonArray();
      for (JsonElement element : overwrites) {
        JsonObject overwrite = element.getAsJsonObject();
        String id = overwrite.get("id").getAsString();
        boolean role = overwrite.get("type").getAsLong() == ROLE;
        if (role && id.equals(guild.id())) {
          permissions &= ~bits(overwrite.get("deny"));
          permissions |= bits(overwrite.get("allow"));
        } else if (role && guild.botRoles().contains(id)) {
          roleDeny |= bits(overwrite.get("deny"));
          roleAllow |= bits(overwrite.get("allow"));
        } else if (!role && id.equals(botId)) {
          member = overwrite;
        }
      }
    }
    permissions = (permissions & ~roleDeny) | roleAllow;
    if (member != null) {
      permissions = (permissions & ~bits(member.get("deny"))) | bits(member.get("allow"));
    }
    return OptionalLong.of((permissions & VIEW) == 0 ? 0 : permissions);
  }

  private long base(Guild guild) {
    if (guild.ownerId().equals(botId)) {
      return ALL;
    }
    long permissions = guild.roles().getOrDefault(guild.id(), 0L);
    for (String role : guild.botRoles()) {
      permissions |= guild.roles().getOrDefault(role, 0L);
    }
    boolean admin = (permissions & Permission.ADMINISTRATOR.getRawValue()) != 0;
    return admin ? ALL : permissions;
  }

  /** The channel whose overwrites apply: a thread's parent, or the channel itself. */
  private JsonObject parentOrSelf(String channelId) {
    JsonObject channel = channels.get(channelId);
    if (channel != null && isThread(channelId)) {
      return channels.get(channel.get("parent_id").getAsString());
    }
    return channel;
  }

  private static long bits(JsonElement value) {
    return value == null || value.isJsonNull() ? 0 : value.getAsLong();
  }

  private static String string(JsonElement object, String key) {
    return object.getAsJsonObject().get(key).getAsString();
  }
}
