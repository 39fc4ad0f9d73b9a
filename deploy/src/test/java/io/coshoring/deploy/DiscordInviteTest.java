package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.coshoring.discord.DiscordSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;

/**
 * The invite URL the README gives asks for exactly the permissions the adapter counts on, which are
 * those the fake Discord grants the bot: a call that needs a permission the invite lacks is refused
 * in the tests as in a real server. Never Administrator.
 */
class DiscordInviteTest {

  @Test
  void theReadmesInviteAsksForTheAdaptersPermissions() throws IOException {
    Matcher invite =
        Pattern.compile("discord\\.com/oauth2/authorize\\?[^`\\s]*permissions=(\\d+)")
            .matcher(Files.readString(Path.of("..", "README.md")));

    assertTrue(invite.find(), "the README gives the invite URL");
    assertEquals(DiscordSettings.invitePermissions(), Long.parseLong(invite.group(1)));
    assertFalse(DiscordSettings.BOT_PERMISSIONS.contains(Permission.ADMINISTRATOR));
  }
}
