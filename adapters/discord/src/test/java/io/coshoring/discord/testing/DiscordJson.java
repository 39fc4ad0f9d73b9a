package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.coshoring.discord.DiscordSettings;

/**
 * Discord's objects in the shapes its API documents, complete enough for JDA to build its entities
 * from them: users, members, roles, channels, guilds and messages.
 */
public final class DiscordJson {

  static final String TIMESTAMP = "2026-11-24T10:00:00.000000+00:00";
  static final String ALL_PERMISSIONS = "2248473465835073";

  private DiscordJson() {}

  public static JsonObject user(String id, String name, boolean bot) {
    JsonObject user = new JsonObject();
    user.addProperty("id", id);
    user.addProperty("username", name);
    user.addProperty("discriminator", "0");
    user.add("global_name", JsonNull.INSTANCE);
    user.add("avatar", JsonNull.INSTANCE);
    user.addProperty("bot", bot);
    user.addProperty("system", false);
    user.addProperty("public_flags", 0);
    user.add("banner", JsonNull.INSTANCE);
    user.add("accent_color", JsonNull.INSTANCE);
    return user;
  }

  /** A member of a guild; an admin holds the guild's admin role, as Discord computes rights. */
  public static JsonObject member(JsonObject user, boolean admin, String guildId) {
    JsonObject member = new JsonObject();
    member.add("user", user);
    member.add("nick", JsonNull.INSTANCE);
    member.add("avatar", JsonNull.INSTANCE);
    JsonArray roles = new JsonArray();
    if (admin) {
      roles.add(adminRoleId(guildId));
    }
    member.add("roles", roles);
    member.addProperty("joined_at", TIMESTAMP);
    member.add("premium_since", JsonNull.INSTANCE);
    member.addProperty("deaf", false);
    member.addProperty("mute", false);
    member.addProperty("flags", 0);
    member.addProperty("pending", false);
    // Administrator is bit 3; a plain member can send messages and use commands.
    member.addProperty("permissions", admin ? ALL_PERMISSIONS : "2147551296");
    member.add("communication_disabled_until", JsonNull.INSTANCE);
    return member;
  }

  /**
   * The bot as a server that invited it holds it: the role Discord makes from the invite's
   * permissions, no more.
   */
  public static JsonObject botMember(JsonObject user, String guildId, long permissions) {
    JsonObject member = member(user, false, guildId);
    JsonArray roles = new JsonArray();
    roles.add(botRoleId(guildId));
    member.add("roles", roles);
    member.addProperty("permissions", Long.toString(permissions));
    return member;
  }

  static final String BOT_PERMISSIONS = Long.toString(DiscordSettings.invitePermissions());

  static String botRoleId(String guildId) {
    return Long.toString(Long.parseLong(guildId) + 2);
  }

  static JsonObject botRole(String guildId, String permissions) {
    JsonObject role = role(botRoleId(guildId), "coshoring", 2, permissions);
    role.addProperty("managed", true);
    return role;
  }

  static String adminRoleId(String guildId) {
    return Long.toString(Long.parseLong(guildId) + 1);
  }

  static JsonObject everyoneRole(String guildId) {
    return role(guildId, "@everyone", 0, "2147551296");
  }

  /** A role that holds Administrator (bit 3), which Manage Server checks pass. */
  static JsonObject adminRole(String guildId) {
    return role(adminRoleId(guildId), "Admins", 1, "8");
  }

  private static JsonObject role(String id, String name, int position, String permissions) {
    JsonObject role = new JsonObject();
    role.addProperty("id", id);
    role.addProperty("name", name);
    role.addProperty("color", 0);
    JsonObject colors = new JsonObject();
    colors.addProperty("primary_color", 0);
    colors.add("secondary_color", JsonNull.INSTANCE);
    colors.add("tertiary_color", JsonNull.INSTANCE);
    role.add("colors", colors);
    role.addProperty("hoist", false);
    role.add("icon", JsonNull.INSTANCE);
    role.add("unicode_emoji", JsonNull.INSTANCE);
    role.addProperty("position", position);
    role.addProperty("permissions", permissions);
    role.addProperty("managed", false);
    role.addProperty("mentionable", false);
    role.addProperty("flags", 0);
    return role;
  }

  public static JsonObject textChannel(String id, String guildId, String name) {
    JsonObject channel = new JsonObject();
    channel.addProperty("id", id);
    channel.addProperty("type", 0);
    channel.addProperty("guild_id", guildId);
    channel.addProperty("name", name);
    channel.addProperty("position", 0);
    channel.add("permission_overwrites", new JsonArray());
    channel.addProperty("nsfw", false);
    channel.add("parent_id", JsonNull.INSTANCE);
    channel.add("topic", JsonNull.INSTANCE);
    channel.add("last_message_id", JsonNull.INSTANCE);
    channel.addProperty("rate_limit_per_user", 0);
    channel.addProperty("flags", 0);
    return channel;
  }

  /**
   * A forum: a channel of posts, each a thread, with the fields Discord documents for one (no tags
   * to choose from, no default reaction).
   */
  static JsonObject forumChannel(String id, String guildId, String name) {
    JsonObject forum = textChannel(id, guildId, name);
    forum.addProperty("type", 15);
    forum.add("available_tags", new JsonArray());
    forum.add("default_reaction_emoji", JsonNull.INSTANCE);
    forum.addProperty("default_thread_rate_limit_per_user", 0);
    forum.add("default_sort_order", JsonNull.INSTANCE);
    forum.addProperty("default_forum_layout", 0);
    return forum;
  }

  /** A public thread started from a message by the bot: it has the message's id. */
  static JsonObject thread(String id, String parentId, String guildId, String name) {
    return thread(id, parentId, guildId, name, FakeDiscord.BOT_ID);
  }

  /** A public thread, or a forum's post, that {@code ownerId} started. */
  static JsonObject thread(
      String id, String parentId, String guildId, String name, String ownerId) {
    JsonObject thread = new JsonObject();
    thread.addProperty("id", id);
    thread.addProperty("type", 11);
    thread.addProperty("guild_id", guildId);
    thread.addProperty("parent_id", parentId);
    thread.addProperty("owner_id", ownerId);
    thread.addProperty("name", name);
    thread.add("last_message_id", JsonNull.INSTANCE);
    thread.addProperty("rate_limit_per_user", 0);
    thread.addProperty("message_count", 0);
    thread.addProperty("member_count", 1);
    thread.addProperty("total_message_sent", 0);
    thread.addProperty("flags", 0);
    JsonObject metadata = new JsonObject();
    metadata.addProperty("archived", false);
    metadata.addProperty("auto_archive_duration", 1440);
    metadata.addProperty("archive_timestamp", TIMESTAMP);
    metadata.addProperty("locked", false);
    metadata.addProperty("invitable", true);
    metadata.addProperty("create_timestamp", TIMESTAMP);
    thread.add("thread_metadata", metadata);
    return thread;
  }

  static JsonObject dmChannel(String id, JsonObject recipient) {
    JsonObject channel = new JsonObject();
    channel.addProperty("id", id);
    channel.addProperty("type", 1);
    channel.add("last_message_id", JsonNull.INSTANCE);
    JsonArray recipients = new JsonArray();
    recipients.add(recipient);
    channel.add("recipients", recipients);
    channel.addProperty("flags", 0);
    return channel;
  }

  static JsonObject guild(
      String id, String name, String ownerId, JsonObject channel, JsonObject selfMember) {
    JsonObject guild = new JsonObject();
    guild.addProperty("id", id);
    guild.addProperty("name", name);
    for (String absent :
        new String[] {
          "icon", "splash", "discovery_splash", "afk_channel_id", "application_id",
          "system_channel_id", "rules_channel_id", "vanity_url_code", "description", "banner",
          "public_updates_channel_id", "safety_alerts_channel_id"
        }) {
      guild.add(absent, JsonNull.INSTANCE);
    }
    guild.addProperty("owner_id", ownerId);
    guild.addProperty("afk_timeout", 300);
    guild.addProperty("verification_level", 0);
    guild.addProperty("default_message_notifications", 0);
    guild.addProperty("explicit_content_filter", 0);
    JsonArray roles = new JsonArray();
    roles.add(everyoneRole(id));
    roles.add(adminRole(id));
    roles.add(botRole(id, selfMember.get("permissions").getAsString()));
    guild.add("roles", roles);
    guild.add("emojis", new JsonArray());
    guild.add("features", new JsonArray());
    guild.addProperty("mfa_level", 0);
    guild.addProperty("system_channel_flags", 0);
    guild.addProperty("max_members", 500000);
    guild.addProperty("premium_tier", 0);
    guild.addProperty("premium_subscription_count", 0);
    guild.addProperty("preferred_locale", "en-US");
    guild.addProperty("nsfw_level", 0);
    guild.addProperty("premium_progress_bar_enabled", false);
    guild.add("stickers", new JsonArray());
    guild.addProperty("joined_at", TIMESTAMP);
    guild.addProperty("large", false);
    guild.addProperty("unavailable", false);
    guild.addProperty("member_count", 2);
    guild.add("voice_states", new JsonArray());
    JsonArray members = new JsonArray();
    members.add(selfMember);
    guild.add("members", members);
    JsonArray channels = new JsonArray();
    channels.add(channel);
    guild.add("channels", channels);
    guild.add("threads", new JsonArray());
    guild.add("presences", new JsonArray());
    guild.add("stage_instances", new JsonArray());
    guild.add("guild_scheduled_events", new JsonArray());
    guild.add("soundboard_sounds", new JsonArray());
    return guild;
  }

  public static JsonObject message(
      String id, String channelId, JsonObject author, JsonObject sent) {
    JsonObject message = new JsonObject();
    message.addProperty("id", id);
    message.addProperty("channel_id", channelId);
    message.add("author", author);
    message.addProperty("content", text(sent, "content"));
    message.addProperty("timestamp", TIMESTAMP);
    message.add("edited_timestamp", JsonNull.INSTANCE);
    message.addProperty("tts", false);
    message.addProperty("mention_everyone", false);
    message.add("mentions", new JsonArray());
    message.add("mention_roles", new JsonArray());
    message.add("attachments", new JsonArray());
    JsonArray embeds = array(sent, "embeds").deepCopy();
    for (JsonElement embed : embeds) {
      // Discord marks the embeds a bot sends as rich ones.
      embed.getAsJsonObject().addProperty("type", "rich");
    }
    message.add("embeds", embeds);
    message.add("reactions", new JsonArray());
    message.addProperty("pinned", false);
    message.addProperty("type", 0);
    message.addProperty("flags", 0);
    message.add("components", array(sent, "components"));
    return message;
  }

  private static String text(JsonObject object, String key) {
    JsonElement value = object == null ? null : object.get(key);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }

  private static JsonArray array(JsonObject object, String key) {
    JsonElement value = object == null ? null : object.get(key);
    return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
  }
}
