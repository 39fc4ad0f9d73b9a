package io.coshoring.matching;

import java.util.Set;

/**
 * A browse of the network's open posts, as on the wall or with {@code /coshore search}. Only {@code
 * viewerSpace} is required: posts kept inside other spaces are never shown.
 *
 * @param text free text, or null to list the newest posts
 * @param kind offers or demands only, or null for both
 * @param skills skill names or ids every post must have
 * @param city on-site city, or null for anywhere
 * @param remoteOnly only posts open to remote work
 * @param language an ISO 639-1 code the author speaks, or null
 */
public record NetworkSearch(
    String viewerSpace,
    String text,
    PostKind kind,
    Set<String> skills,
    String city,
    boolean remoteOnly,
    String language) {

  public NetworkSearch {
    if (viewerSpace == null || viewerSpace.isBlank()) {
      throw new IllegalArgumentException("viewerSpace is required");
    }
    if (text != null && text.codePointCount(0, text.length()) > Post.MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "search: the text is longer than " + Post.MAX_TEXT_LENGTH + " characters; shorten it");
    }
    skills = skills == null ? Set.of() : Set.copyOf(skills);
  }

  /** Everything visible from a space, newest first. */
  public static NetworkSearch from(String viewerSpace) {
    return new NetworkSearch(viewerSpace, null, null, Set.of(), null, false, null);
  }

  public NetworkSearch withText(String text) {
    return new NetworkSearch(viewerSpace, text, kind, skills, city, remoteOnly, language);
  }

  public NetworkSearch withKind(PostKind kind) {
    return new NetworkSearch(viewerSpace, text, kind, skills, city, remoteOnly, language);
  }

  public NetworkSearch withSkills(Set<String> skills) {
    return new NetworkSearch(viewerSpace, text, kind, skills, city, remoteOnly, language);
  }

  public NetworkSearch inCity(String city) {
    return new NetworkSearch(viewerSpace, text, kind, skills, city, remoteOnly, language);
  }

  public NetworkSearch onlyRemote() {
    return new NetworkSearch(viewerSpace, text, kind, skills, city, true, language);
  }

  public NetworkSearch speaking(String language) {
    return new NetworkSearch(viewerSpace, text, kind, skills, city, remoteOnly, language);
  }
}
