package io.coshoring.discord.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;

/**
 * INTERACTION_CREATE payloads as Discord sends them when a member uses a slash command, clicks a
 * button, submits a modal or types in an autocompleted option.
 */
public final class Interactions {

  private final FakeDiscord discord;

  public Interactions(FakeDiscord discord) {
    this.discord = discord;
  }

  /**
   * Where a member is: their server, its channel, whether they manage the server, and the locale
   * their Discord client runs in (a Discord locale, as {@code fr} or {@code en-US}).
   */
  public record Where(
      String guildId, String channelId, JsonObject user, boolean admin, String locale) {

    public Where {
      DiscordLocales.known(locale);
    }

    /** A member whose client runs in American English, Discord's default. */
    public Where(String guildId, String channelId, JsonObject user, boolean admin) {
      this(guildId, channelId, user, admin, "en-US");
    }

    /** The same member, their client switched to another locale. */
    public Where in(String clientLocale) {
      return new Where(guildId, channelId, user, admin, clientLocale);
    }
  }

  /** A slash command; {@code subcommand} may be null; options are string options. */
  public JsonObject slashCommand(
      Where where, String name, String subcommand, Map<String, String> options) {
    JsonObject data = new JsonObject();
    data.addProperty("id", discord.nextId());
    data.addProperty("name", name);
    data.addProperty("type", 1);
    data.addProperty("guild_id", where.guildId());
    JsonArray list = stringOptions(options, null);
    if (subcommand != null) {
      JsonObject sub = new JsonObject();
      sub.addProperty("name", subcommand);
      sub.addProperty("type", 1);
      sub.add("options", list);
      JsonArray wrapped = new JsonArray();
      wrapped.add(sub);
      list = wrapped;
    }
    data.add("options", list);
    return interaction(where, 2, data);
  }

  /** A slash command's subcommand in a group, as {@code /coshore bridge join}. */
  public JsonObject slashCommandInGroup(
      Where where, String name, String group, String subcommand, Map<String, String> options) {
    JsonObject sub = new JsonObject();
    sub.addProperty("name", subcommand);
    sub.addProperty("type", 1);
    sub.add("options", stringOptions(options, null));
    JsonArray subs = new JsonArray();
    subs.add(sub);
    JsonObject grouped = new JsonObject();
    grouped.addProperty("name", group);
    grouped.addProperty("type", 2);
    grouped.add("options", subs);
    JsonArray top = new JsonArray();
    top.add(grouped);
    JsonObject data = new JsonObject();
    data.addProperty("id", discord.nextId());
    data.addProperty("name", name);
    data.addProperty("type", 1);
    data.addProperty("guild_id", where.guildId());
    data.add("options", top);
    return interaction(where, 2, data);
  }

  /** The member types {@code typed} in option {@code focused}. */
  public JsonObject autocomplete(Where where, String name, String focused, String typed) {
    JsonObject data = new JsonObject();
    data.addProperty("id", discord.nextId());
    data.addProperty("name", name);
    data.addProperty("type", 1);
    data.add("options", stringOptions(Map.of(focused, typed), focused));
    return interaction(where, 4, data);
  }

  /** A modal submitted, its text inputs by custom id. */
  public JsonObject modalSubmit(Where where, String modalId, Map<String, String> values) {
    JsonObject data = new JsonObject();
    data.addProperty("custom_id", modalId);
    JsonArray components = new JsonArray();
    values.forEach(
        (id, value) -> {
          JsonObject input = new JsonObject();
          input.addProperty("type", 4);
          input.addProperty("id", components.size() * 2 + 2);
          input.addProperty("custom_id", id);
          input.addProperty("value", value);
          JsonObject label = new JsonObject();
          label.addProperty("type", 18);
          label.addProperty("id", components.size() * 2 + 1);
          label.add("component", input);
          components.add(label);
        });
    data.add("components", components);
    return interaction(where, 5, data);
  }

  /** A click, in a DM, on a button of a message the bot sent. */
  public JsonObject buttonInDm(
      JsonObject user, String dmChannelId, JsonObject message, String customId) {
    JsonObject data = new JsonObject();
    data.addProperty("custom_id", customId);
    data.addProperty("component_type", 2);
    JsonObject interaction = base(3, data, "en-US");
    interaction.addProperty("channel_id", dmChannelId);
    JsonObject channel = new JsonObject();
    channel.addProperty("id", dmChannelId);
    channel.addProperty("type", 1);
    channel.addProperty("flags", 0);
    JsonArray recipients = new JsonArray();
    recipients.add(user);
    channel.add("recipients", recipients);
    interaction.add("channel", channel);
    interaction.add("user", user);
    interaction.add("message", message);
    interaction.addProperty("context", 1);
    discord.clicked(interaction.get("token").getAsString(), message);
    JsonObject owners = new JsonObject();
    owners.addProperty("0", "0");
    interaction.add("authorizing_integration_owners", owners);
    return interaction;
  }

  /**
   * The user clicks, on a DM the bot sent them, the first button whose id starts with {@code
   * actionPrefix}, as {@code match:interested:}.
   */
  public JsonObject clickInDm(JsonObject user, DiscordCall dm, String actionPrefix) {
    String customId =
        dm.buttonIds().stream().filter(id -> id.startsWith(actionPrefix)).findFirst().orElseThrow();
    String channel = discord.dmChannelOf(user.get("id").getAsString());
    return buttonInDm(user, channel, discord.messageAsSent(channel, dm), customId);
  }

  /** A message a member writes in the channel, mentioning users: MESSAGE_CREATE's payload. */
  public JsonObject message(Where where, String id, String content, JsonObject... mentioned) {
    JsonObject message = DiscordJson.message(id, where.channelId(), where.user(), new JsonObject());
    message.addProperty("content", content);
    JsonArray mentions = new JsonArray();
    for (JsonObject user : mentioned) {
      mentions.add(user);
    }
    message.add("mentions", mentions);
    message.addProperty("guild_id", where.guildId());
    JsonObject member = DiscordJson.member(where.user(), where.admin(), where.guildId());
    member.remove("user");
    message.add("member", member);
    return message;
  }

  /** The same message edited: MESSAGE_UPDATE's payload. */
  public JsonObject edited(Where where, String id, String content) {
    JsonObject message = message(where, id, content);
    message.addProperty("edited_timestamp", "2026-11-24T10:05:00.000000+00:00");
    return message;
  }

  /**
   * A member adds or removes a reaction: MESSAGE_REACTION_ADD's or _REMOVE's payload, for a Unicode
   * emoji.
   */
  public JsonObject reaction(Where where, String messageId, String emoji) {
    JsonObject reaction = new JsonObject();
    reaction.addProperty("user_id", where.user().get("id").getAsString());
    reaction.addProperty("channel_id", where.channelId());
    reaction.addProperty("message_id", messageId);
    reaction.addProperty("guild_id", where.guildId());
    JsonObject member = DiscordJson.member(where.user(), where.admin(), where.guildId());
    reaction.add("member", member);
    JsonObject unicode = new JsonObject();
    unicode.add("id", com.google.gson.JsonNull.INSTANCE);
    unicode.addProperty("name", emoji);
    reaction.add("emoji", unicode);
    reaction.addProperty("burst", false);
    reaction.addProperty("type", 0);
    return reaction;
  }

  /** The message deleted: MESSAGE_DELETE's payload. */
  public JsonObject deleted(Where where, String id) {
    JsonObject deleted = new JsonObject();
    deleted.addProperty("id", id);
    deleted.addProperty("channel_id", where.channelId());
    deleted.addProperty("guild_id", where.guildId());
    return deleted;
  }

  /**
   * An interaction in a server: Discord says the member's client locale ({@code locale}) and the
   * server's preferred one ({@code guild_locale}).
   */
  private JsonObject interaction(Where where, int type, JsonObject data) {
    JsonObject interaction = base(type, data, where.locale());
    String guildLocale = discord.guildLocale(where.guildId());
    interaction.addProperty("guild_id", where.guildId());
    JsonObject guild = new JsonObject();
    guild.addProperty("id", where.guildId());
    guild.addProperty("locale", guildLocale);
    guild.add("features", new JsonArray());
    interaction.add("guild", guild);
    interaction.addProperty("channel_id", where.channelId());
    interaction.add("channel", discord.channelPayload(where.guildId(), where.channelId()));
    interaction.add("member", DiscordJson.member(where.user(), where.admin(), where.guildId()));
    interaction.addProperty("guild_locale", guildLocale);
    interaction.addProperty("context", 0);
    JsonObject owners = new JsonObject();
    owners.addProperty("0", where.guildId());
    interaction.add("authorizing_integration_owners", owners);
    return interaction;
  }

  private JsonObject base(int type, JsonObject data, String locale) {
    JsonObject interaction = new JsonObject();
    interaction.addProperty("id", discord.nextId());
    interaction.addProperty("application_id", FakeDiscord.APPLICATION_ID);
    interaction.addProperty("type", type);
    interaction.add("data", data);
    interaction.addProperty("token", "interaction-token-" + discord.nextId());
    interaction.addProperty("version", 1);
    interaction.addProperty("app_permissions", DiscordJson.BOT_PERMISSIONS);
    interaction.addProperty("locale", locale);
    interaction.add("entitlements", new JsonArray());
    interaction.addProperty("attachment_size_limit", 10485760);
    return interaction;
  }

  private static JsonArray stringOptions(Map<String, String> options, String focused) {
    JsonArray list = new JsonArray();
    options.forEach(
        (name, value) -> {
          JsonObject option = new JsonObject();
          option.addProperty("name", name);
          option.addProperty("type", 3);
          option.addProperty("value", value);
          if (name.equals(focused)) {
            option.addProperty("focused", true);
          }
          list.add(option);
        });
    return list;
  }
}
