package io.coshoring.core.adapter;

/**
 * A space as the network names it: its platform and the platform's own id for it, printed {@code
 * slack:T1}. The platform is the prefix every id of that platform carries, so the ids of two
 * platforms never collide and the core finds a thing's adapter by its prefix alone.
 */
public record SpaceRef(String platform, String local) {

  public SpaceRef {
    Refs.check(platform, local, "space");
  }

  /**
   * @throws IllegalArgumentException when {@code id} is not {@code platform:local}
   */
  public static SpaceRef parse(String id) {
    String[] parts = Refs.split(id, "space");
    return new SpaceRef(parts[0], parts[1]);
  }

  /** A member of this space, by the platform's id for the user. */
  public MemberRef member(String user) {
    return new MemberRef(this, user);
  }

  public String id() {
    return platform + ":" + local;
  }

  @Override
  public String toString() {
    return id();
  }
}
