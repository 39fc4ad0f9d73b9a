package io.coshoring.discord.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.Permission;

/**
 * What Discord checks before it does what a REST call asks: that slash commands registered keep
 * Discord's rules ({@link CommandRules}), that the channel and the message named exist, that the
 * bot may do it there (Missing Access without View Channel, Missing Permissions without the rest),
 * that a message is one Discord would show, and a modal one it would draw ({@link ModalRules}). A
 * webhook's URL is its own credential: executing one, or editing its messages, asks nothing of the
 * bot's permissions, and goes on working after the bot loses them.
 */
final class RouteRules {

  /** What the bot may do in a direct message: all a message needs, nothing to manage. */
  private static final long IN_DMS =
      Permission.getRaw(
          Permission.VIEW_CHANNEL,
          Permission.MESSAGE_SEND,
          Permission.MESSAGE_HISTORY,
          Permission.MESSAGE_EMBED_LINKS,
          Permission.MESSAGE_ATTACH_FILES,
          Permission.MESSAGE_ADD_REACTION);

  private final ChannelPermissions permissions;
  private final Predicate<String> isDm;
  private final BiFunction<String, String, JsonObject> heldMessage;
  private final UnaryOperator<String> webhookChannel;

  /**
   * @param heldMessage the message kept in a channel or thread, by their ids, or null
   * @param webhookChannel the channel of a webhook the fake created, or null
   */
  RouteRules(
      ChannelPermissions permissions,
      Predicate<String> isDm,
      BiFunction<String, String, JsonObject> heldMessage,
      UnaryOperator<String> webhookChannel) {
    this.permissions = permissions;
    this.isDm = isDm;
    this.heldMessage = heldMessage;
    this.webhookChannel = webhookChannel;
  }

  /** Discord's refusal of the call, or null when Discord would do it. */
  Refusal refusal(String method, String path, String query, JsonElement body) {
    String[] parts = path.split("/");
    JsonObject sent =
        body != null && body.isJsonObject() ? body.getAsJsonObject() : new JsonObject();
    if (method.equals("PUT") && path.matches("applications/\\d+(/guilds/\\d+)?/commands")) {
      return CommandRules.refusal(body);
    }
    if (parts[0].equals("channels") && parts.length > 2) {
      return inChannel(method, parts, sent);
    }
    if (method.equals("POST") && parts.length == 3 && path.matches("guilds/\\d+/channels")) {
      return newChannel(parts[1], sent);
    }
    if (parts[0].equals("webhooks") && parts.length > 2) {
      return byWebhook(method, parts, query, sent);
    }
    if (parts[0].equals("interactions") && path.endsWith("/callback")) {
      return ModalRules.ofCallback(sent);
    }
    return null;
  }

  private Refusal inChannel(String method, String[] parts, JsonObject sent) {
    String channel = parts[1];
    boolean dm = isDm.test(channel);
    if (!dm && !permissions.knows(channel)) {
      return Refusal.unknownChannel();
    }
    long granted = dm ? IN_DMS : permissions.inChannel(channel).orElse(0);
    if (!has(granted, EnumSet.of(Permission.VIEW_CHANNEL))) {
      return Refusal.missingAccess();
    }
    String messageId = parts.length > 3 && parts[2].equals("messages") ? parts[3] : null;
    if (messageId != null && heldMessage.apply(channel, messageId) == null) {
      return Refusal.unknownMessage();
    }
    String route = method + " " + String.join("/", Arrays.copyOfRange(parts, 2, parts.length));
    Set<Permission> needed = EnumSet.noneOf(Permission.class);
    if (route.equals("GET messages")) {
      needed.add(Permission.MESSAGE_HISTORY);
    } else if (route.equals("POST messages")) {
      needed.addAll(toSend(channel, sent));
    } else if (parts[2].equals("webhooks")) {
      needed.add(Permission.MANAGE_WEBHOOKS);
    } else if (method.equals("POST") && parts[parts.length - 1].equals("threads")) {
      needed.add(Permission.CREATE_PUBLIC_THREADS);
    } else if (method.equals("PUT") && parts.length > 4 && parts[4].equals("reactions")) {
      needed.add(Permission.MESSAGE_ADD_REACTION);
      needed.add(Permission.MESSAGE_HISTORY);
    }
    if (!has(granted, needed)) {
      return Refusal.missingPermissions();
    }
    if (route.equals("POST messages")) {
      return permissions.isForum(channel) ? Refusal.notTextChannel() : MessageRules.ofNew(sent);
    }
    return method.equals("PATCH") && messageId != null
        ? MessageRules.ofEdit(heldMessage.apply(channel, messageId), sent)
        : null;
  }

  /** Sending: in a thread, Send Messages in Threads; embeds, files and replies need their own. */
  private Set<Permission> toSend(String channel, JsonObject sent) {
    Set<Permission> needed = EnumSet.noneOf(Permission.class);
    needed.add(
        permissions.isThread(channel)
            ? Permission.MESSAGE_SEND_IN_THREADS
            : Permission.MESSAGE_SEND);
    if (isNonEmptyArray(sent.get("embeds"))) {
      needed.add(Permission.MESSAGE_EMBED_LINKS);
    }
    if (isNonEmptyArray(sent.get("attachments"))) {
      needed.add(Permission.MESSAGE_ATTACH_FILES);
    }
    if (sent.has("message_reference") && !sent.get("message_reference").isJsonNull()) {
      needed.add(Permission.MESSAGE_HISTORY);
    }
    return needed;
  }

  /**
   * A new channel takes Manage Channels, and a bot without Manage Roles may set in its overwrites
   * only permissions it holds in the guild.
   */
  private Refusal newChannel(String guildId, JsonObject sent) {
    OptionalLong inGuild = permissions.inGuild(guildId);
    if (inGuild.isEmpty()) {
      return Refusal.unknownGuild();
    }
    long granted = inGuild.getAsLong();
    if (!has(granted, EnumSet.of(Permission.MANAGE_CHANNEL))) {
      return Refusal.missingPermissions();
    }
    if (sent.has("permission_overwrites")) {
      for (JsonElement overwrite : sent.getAsJsonArray("permission_overwrites")) {
        JsonObject object = overwrite.getAsJsonObject();
        long set = bits(object.get("allow")) | bits(object.get("deny"));
        if ((set & ~granted) != 0) {
          return Refusal.missingPermissions();
        }
      }
    }
    return null;
  }

  /**
   * A webhook dies with its channel; its messages are checked as any. An interaction's follow-ups
   * and edits go through the application's id, with no channel the fake tracks.
   */
  private Refusal byWebhook(String method, String[] parts, String query, JsonObject sent) {
    String channel = webhookChannel.apply(parts[1]);
    if (channel != null && !permissions.knows(channel)) {
      return Refusal.unknownWebhook();
    }
    String thread = parameter(query, "thread_id");
    if (thread != null && !permissions.knows(thread)) {
      return Refusal.unknownChannel();
    }
    String where = thread != null ? thread : channel;
    String messageId = parts.length > 4 && parts[3].equals("messages") ? parts[4] : null;
    JsonObject message =
        where == null || messageId == null ? null : heldMessage.apply(where, messageId);
    if (where != null && messageId != null && message == null) {
      return Refusal.unknownMessage();
    }
    if (method.equals("POST") && parts.length == 3) {
      boolean toForum = channel != null && permissions.isForum(channel);
      if (toForum && thread == null && !sent.has("thread_name")) {
        return Refusal.forumWithoutThread();
      }
      return MessageRules.ofNew(sent);
    }
    return method.equals("PATCH") ? MessageRules.ofEdit(message, sent) : null;
  }

  private static boolean has(long granted, Set<Permission> needed) {
    return (granted & Permission.getRaw(needed)) == Permission.getRaw(needed);
  }

  private static boolean isNonEmptyArray(JsonElement value) {
    return value != null && value.isJsonArray() && !value.getAsJsonArray().isEmpty();
  }

  private static long bits(JsonElement value) {
    return value == null || value.isJsonNull() ? 0 : value.getAsLong();
  }

  private static String parameter(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return pair.substring(eq + 1);
      }
    }
    return null;
  }
}
