package io.coshoring.core.adapter;

/**
 * A member: a user of a platform in one space, printed {@code slack:T1:U9}. The same person in two
 * spaces is two members, each with their own profile.
 */
public record MemberRef(SpaceRef space, String local) {

  public MemberRef {
    if (space == null) {
      throw new IllegalArgumentException("a member needs a space");
    }
    Refs.check(space.platform(), local, "member");
  }

  /**
   * @throws IllegalArgumentException when {@code id} is not {@code platform:space:user}
   */
  public static MemberRef parse(String id) {
    int last = id == null ? -1 : id.lastIndexOf(':');
    if (last <= 0 || id.indexOf(':') == last) {
      throw new IllegalArgumentException(
          "'" + id + "' is not a member id; member ids read platform:space:user");
    }
    return new MemberRef(SpaceRef.parse(id.substring(0, last)), id.substring(last + 1));
  }

  public String platform() {
    return space.platform();
  }

  public String id() {
    return space.id() + ":" + local;
  }

  @Override
  public String toString() {
    return id();
  }
}
