package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.RoomOpener;
import io.coshoring.discord.testing.DiscordCall;
import io.coshoring.discord.testing.FakeDiscord;
import io.coshoring.discord.testing.Interactions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that took a permission from the bot gets a failure that says which, and that no retry
 * mends: JDA refuses the call before it reaches Discord, and the fake grants only what the server's
 * admin left.
 */
class DiscordPermissionsTest {

  @TempDir Path folder;

  private FakeDiscord discord;
  private DiscordTestApp app;
  private Interactions.Where admin;

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    // The server's admin took these two from the bot's role.
    discord.withholdFromBot(Permission.MANAGE_CHANNEL);
    discord.withholdFromBot(Permission.MANAGE_WEBHOOKS);
    admin =
        new Interactions.Where(
            "100", discord.addGuild("100", "Paris Makers"), discord.addUser("301", "amelie"), true);
    app = new DiscordTestApp(folder, discord, 1);
    app.start();
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void aChannelTheBotCannotWriteThroughAWebhookIsNotBridgedAndTheAdminIsToldWhy() {
    JsonObject create =
        new Interactions(discord)
            .slashCommandInGroup(admin, "coshore", "bridge", "create", Map.of("name", "makers"));
    discord.gateway().dispatch("INTERACTION_CREATE", create);

    String token = create.get("token").getAsString();
    DiscordCall answer =
        discord.awaitCall(
            c -> c.method().equals("PATCH") && c.path().contains(token), Duration.ofSeconds(20));
    assertTrue(answer.body().toString().contains("Manage Webhooks"), answer.body().toString());
  }

  /**
   * GIVEN Amélie, a server admin whose Discord is in French, WHEN she bridges a channel where the
   * bot cannot write through a webhook, THEN she is told in French which permission to give.
   */
  @Test
  void anAdminWhoseDiscordIsInFrenchIsToldInFrenchWhichPermissionToGive() {
    JsonObject create =
        new Interactions(discord)
            .slashCommandInGroup(
                admin.in("fr"), "coshore", "bridge", "create", Map.of("name", "makers"));
    discord.gateway().dispatch("INTERACTION_CREATE", create);

    String token = create.get("token").getAsString();
    DiscordCall answer =
        discord.awaitCall(
            c -> c.method().equals("PATCH") && c.path().contains(token), Duration.ofSeconds(20));
    String content = answer.json().get("content").getAsString();
    assertTrue(
        content.startsWith(
            "Désolé, il manque au bot la permission Discord Manage Webhooks dans ce salon : une"
                + " personne qui administre le serveur peut l’accorder au rôle du bot pour ce"
                + " salon ; relancez ensuite la commande.\n"),
        content);
  }

  @Test
  void aProjectRoomWithoutManageChannelsSaysWhichPermissionIsMissing() {
    RoomOpener rooms = app.ability(RoomOpener.class);

    DeliveryException refused =
        assertThrows(
            DeliveryException.class,
            () ->
                rooms.openRoom(
                    DiscordIds.space("100"),
                    "room-amelie",
                    List.of(MemberRef.parse("discord:100:301"))));

    assertFalse(refused.retryable(), "no retry grants a permission");
    assertTrue(refused.getMessage().contains("Manage Channels"), refused.getMessage());
    assertEquals(
        Explanation.of(
            Explanation.Kind.DISCORD_PERMISSIONS_MISSING,
            "permissions",
            List.of("Manage Channels"),
            "count",
            1,
            "where",
            "server"),
        refused.explanation());
  }
}
