package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.RoomOpener;
import io.coshoring.discord.testing.FakeDiscord;
import java.nio.file.Path;
import java.util.List;
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

  @BeforeEach
  void start() {
    discord = FakeDiscord.start();
    discord.withholdFromBot(Permission.MANAGE_CHANNEL);
    discord.addGuild("100", "Paris Makers");
    discord.addUser("301", "amelie");
    app = new DiscordTestApp(folder, discord, 1);
    app.start();
  }

  @AfterEach
  void stop() {
    app.close();
    discord.close();
  }

  @Test
  void aProjectRoomWithoutManageChannelsSaysWhichPermissionIsMissing() {
    RoomOpener rooms =
        app.discord.abilities().stream()
            .filter(RoomOpener.class::isInstance)
            .map(RoomOpener.class::cast)
            .findFirst()
            .orElseThrow();

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
  }
}
