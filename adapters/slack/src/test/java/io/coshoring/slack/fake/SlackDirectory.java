package io.coshoring.slack.fake;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who exists in the fake Slack: workspaces known by their bot token, users, and OAuth codes not yet
 * exchanged.
 *
 * <p>Kept apart from the answers so that a test sets up a world once and every method answers
 * consistently from it.
 */
final class SlackDirectory {

  record Workspace(String teamId, String teamName, String botToken) {

    /** The subdomain Slack would give the workspace: {@code "Paris Hub"} becomes "paris-hub". */
    String domain() {
      String domain = teamName.toLowerCase().replaceAll("[^a-z0-9]+", "-");
      return domain.replaceAll("^-|-$", "");
    }
  }

  record User(String teamId, String userId, String name, String tz, boolean admin) {}

  record OAuthCode(Workspace workspace, String installerUserId) {}

  private final Map<String, Workspace> workspacesByToken = new ConcurrentHashMap<>();
  private final Map<String, User> usersById = new ConcurrentHashMap<>();
  private final Map<String, OAuthCode> pendingCodes = new ConcurrentHashMap<>();

  void addWorkspace(Workspace workspace) {
    workspacesByToken.put(workspace.botToken(), workspace);
  }

  Optional<Workspace> workspaceOf(String token) {
    return token == null ? Optional.empty() : Optional.ofNullable(workspacesByToken.get(token));
  }

  void addUser(User user) {
    usersById.put(user.userId(), user);
  }

  Optional<User> user(String userId) {
    return userId == null ? Optional.empty() : Optional.ofNullable(usersById.get(userId));
  }

  void addOAuthCode(String code, OAuthCode grant) {
    pendingCodes.put(code, grant);
  }

  /** The grant behind a code, which (as on Slack) cannot be exchanged twice. */
  Optional<OAuthCode> redeem(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(pendingCodes.remove(code));
  }
}
