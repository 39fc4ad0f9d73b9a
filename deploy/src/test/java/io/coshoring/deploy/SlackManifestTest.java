package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.slack.SlackSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The manifest a workspace installs from asks for exactly the scopes the adapter asks for over
 * OAuth, which are the scopes the fake Slack grants: a method that needs a scope the manifest lacks
 * is refused in the tests as a real workspace would refuse it.
 */
class SlackManifestTest {

  private static final Pattern SCOPE = Pattern.compile("^\\s+- ([a-z:.]+)\\s*$");

  @Test
  void theManifestAsksForTheAdaptersBotScopes() throws IOException {
    assertEquals(
        new TreeSet<>(Arrays.asList(SlackSettings.BOT_SCOPES.split(","))),
        botScopes(Files.readAllLines(Path.of("slack", "manifest.yml"))));
  }

  /** The list under {@code oauth_config.scopes.bot}. */
  private static Set<String> botScopes(List<String> manifest) {
    Set<String> scopes = new TreeSet<>();
    boolean inBot = false;
    for (String line : manifest) {
      if (line.strip().equals("bot:")) {
        inBot = true;
        continue;
      }
      if (!inBot || line.strip().startsWith("#") || line.isBlank()) {
        continue;
      }
      Matcher scope = SCOPE.matcher(line);
      if (!scope.matches()) {
        break;
      }
      scopes.add(scope.group(1));
    }
    return scopes;
  }
}
