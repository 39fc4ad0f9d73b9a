package io.coshoring.discord.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

/**
 * The fake computes the bot's permissions in a channel in Discord's order: its roles, then the
 * channel's overwrites for @everyone, for its roles, for itself; each later one wins.
 */
class ChannelPermissionsTest {

  private static final String GUILD = "100";
  private static final String CHANNEL = "200";
  private static final long VIEW_AND_SEND =
      Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND);

  private final ChannelPermissions permissions = new ChannelPermissions(FakeDiscord.BOT_ID);
  private final JsonArray overwrites = new JsonArray();

  @Test
  void theBotMayWhatItsRoleGrants() {
    guild(Permission.getRaw(Permission.VIEW_CHANNEL, Permission.MANAGE_WEBHOOKS), "1");

    assertTrue(may(Permission.MANAGE_WEBHOOKS));
    assertFalse(may(Permission.MANAGE_ROLES));
  }

  @Test
  void itsRolesOverwriteAllowsWhatTheEveryoneOverwriteDenies() {
    guild(VIEW_AND_SEND, "1");
    overwrite(GUILD, 0, Permission.MESSAGE_SEND.getRawValue());
    assertFalse(may(Permission.MESSAGE_SEND), "@everyone's overwrite applies to the bot");

    overwrite(DiscordJson.botRoleId(GUILD), Permission.MESSAGE_SEND.getRawValue(), 0);
    assertTrue(may(Permission.MESSAGE_SEND), "its role's overwrite comes after");
  }

  @Test
  void itsOwnOverwriteDeniesWhatItsRolesOverwriteAllows() {
    guild(Permission.VIEW_CHANNEL.getRawValue(), "1");
    overwrite(DiscordJson.botRoleId(GUILD), Permission.MESSAGE_SEND.getRawValue(), 0);
    assertTrue(may(Permission.MESSAGE_SEND));

    permissions.deny(CHANNEL, Permission.MESSAGE_SEND);
    assertFalse(may(Permission.MESSAGE_SEND));
  }

  @Test
  void withoutViewChannelItMayNothingThere() {
    guild(VIEW_AND_SEND, "1");
    permissions.deny(CHANNEL, Permission.VIEW_CHANNEL);

    assertEquals(0, permissions.inChannel(CHANNEL).getAsLong());
  }

  @Test
  void anAdministratorMayAllWhateverTheOverwrites() {
    guild(Permission.ADMINISTRATOR.getRawValue(), "1");
    permissions.deny(CHANNEL, Permission.VIEW_CHANNEL);

    assertTrue(may(Permission.MANAGE_ROLES));
  }

  @Test
  void theOwnerMayAllWhateverItsRoles() {
    guild(0, FakeDiscord.BOT_ID);

    assertTrue(may(Permission.MANAGE_ROLES));
  }

  @Test
  void aThreadTakesItsParentsOverwrites() {
    guild(VIEW_AND_SEND | Permission.MESSAGE_HISTORY.getRawValue(), "1");
    permissions.addChannel(DiscordJson.thread("300", CHANNEL, GUILD, "replies"));
    assertTrue(permissions.isThread("300"));
    assertTrue(permissions.inChannel("300").getAsLong() != 0);

    permissions.deny(CHANNEL, Permission.MESSAGE_HISTORY);
    long inThread = permissions.inChannel("300").getAsLong();
    assertEquals(0, inThread & Permission.MESSAGE_HISTORY.getRawValue());
  }

  private boolean may(Permission permission) {
    long granted = permissions.inChannel(CHANNEL).getAsLong();
    return (granted & permission.getRawValue()) != 0;
  }

  /** A guild whose @everyone role grants nothing, and whose bot role grants {@code botRole}. */
  private void guild(long botRole, String ownerId) {
    JsonObject guild =
        DiscordJson.guild(
            GUILD,
            "Paris Makers",
            ownerId,
            DiscordJson.textChannel(CHANNEL, GUILD, "general"),
            DiscordJson.botMember(FakeDiscord.botUser(), GUILD, botRole));
    guild.getAsJsonArray("roles").get(0).getAsJsonObject().addProperty("permissions", "0");
    permissions.addGuild(guild);
  }

  /** A role's overwrite added to the channel, as a server admin sets it. */
  private void overwrite(String roleId, long allow, long deny) {
    JsonObject overwrite = new JsonObject();
    overwrite.addProperty("id", roleId);
    overwrite.addProperty("type", 0);
    overwrite.addProperty("allow", Long.toString(allow));
    overwrite.addProperty("deny", Long.toString(deny));
    overwrites.add(overwrite);
    JsonObject channel = DiscordJson.textChannel(CHANNEL, GUILD, "general");
    channel.add("permission_overwrites", overwrites);
    permissions.addChannel(channel);
  }
}
