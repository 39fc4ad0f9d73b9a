package io.coshoring.core.adapter;

/**
 * A channel, or a direct-message conversation, printed {@code platform:local}. What {@code local}
 * holds is the adapter's business ({@code T1:C5} on Slack, where channel ids are per workspace; the
 * channel's id on Discord, where they are global); the core reads only the platform.
 */
public record ChannelRef(String platform, String local) {

  public ChannelRef {
    Refs.check(platform, local, "channel");
  }

  /**
   * @throws IllegalArgumentException when {@code id} is not {@code platform:local}
   */
  public static ChannelRef parse(String id) {
    String[] parts = Refs.split(id, "channel");
    return new ChannelRef(parts[0], parts[1]);
  }

  public String id() {
    return platform + ":" + local;
  }

  @Override
  public String toString() {
    return id();
  }
}
