package io.coshoring.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import io.coshoring.core.adapter.MemberRef;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who a Slack user is: name, whether they administer their workspace and the locale their Slack
 * runs in, none of which Slack says in a slash command. Asked of {@code users.info} and kept a
 * while, so that a busy member does not cost a call a command.
 */
final class SlackMembers {

  private static final Logger log = LoggerFactory.getLogger(SlackMembers.class);

  private final SlackClients clients;
  private final BotTokens tokens;
  private final Cache<MemberRef, Profile> profiles =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(10)).build();

  SlackMembers(SlackClients clients, BotTokens tokens) {
    this.clients = clients;
    this.tokens = tokens;
  }

  /**
   * @param avatarUrl may be null
   * @param locale the locale the member's Slack runs in, as {@code fr-FR}, or null
   */
  record Profile(String displayName, boolean admin, String avatarUrl, String locale) {}

  /** The user's profile; when Slack cannot say, the name given and no admin rights. */
  Profile of(String teamId, String userId, String fallbackName) {
    MemberRef member = SlackIds.member(teamId, userId);
    Profile known = profiles.getIfPresent(member);
    if (known != null) {
      return known;
    }
    Profile fetched = fetch(teamId, userId);
    if (fetched == null) {
      return new Profile(fallbackName, false, null, null);
    }
    profiles.put(member, fetched);
    return fetched;
  }

  /**
   * The user's profile if it is at hand, without asking Slack: for what cannot wait for {@code
   * users.info}.
   */
  Optional<Profile> known(String teamId, String userId) {
    return Optional.ofNullable(profiles.getIfPresent(SlackIds.member(teamId, userId)));
  }

  private Profile fetch(String teamId, String userId) {
    String token = tokens.forTeam(teamId).orElse(null);
    if (token == null) {
      return null;
    }
    try {
      // Slack says the user's locale only when asked for it.
      UsersInfoResponse info =
          clients.methods(token).usersInfo(r -> r.user(userId).includeLocale(true));
      if (!info.isOk() || info.getUser() == null) {
        log.warn("Slack users.info for {} in {} answered {}", userId, teamId, info.getError());
        return null;
      }
      User user = info.getUser();
      return new Profile(
          name(user),
          user.isAdmin() || user.isOwner() || user.isPrimaryOwner(),
          user.getProfile() == null ? null : user.getProfile().getImage72(),
          user.getLocale());
    } catch (IOException | SlackApiException e) {
      log.warn("Slack users.info for {} in {} failed: {}", userId, teamId, e.getMessage());
      return null;
    }
  }

  private static String name(User user) {
    if (user.getProfile() != null) {
      String display = user.getProfile().getDisplayName();
      if (display != null && !display.isBlank()) {
        return display;
      }
      String real = user.getProfile().getRealName();
      if (real != null && !real.isBlank()) {
        return real;
      }
    }
    return user.getRealName() != null && !user.getRealName().isBlank()
        ? user.getRealName()
        : user.getName();
  }
}
