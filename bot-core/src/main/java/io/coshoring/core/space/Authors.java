package io.coshoring.core.space;

import java.util.Optional;

/** Finds a member with their space, both through the stores' caches. */
public final class Authors {

  private final MemberStore members;
  private final SpaceStore spaces;

  public Authors(MemberStore members, SpaceStore spaces) {
    this.members = members;
    this.spaces = spaces;
  }

  /** Empty when the member, or their space, no longer exists. */
  public Optional<Author> find(String memberId) {
    return members.find(memberId).flatMap(m -> spaces.find(m.spaceId()).map(s -> new Author(m, s)));
  }
}
