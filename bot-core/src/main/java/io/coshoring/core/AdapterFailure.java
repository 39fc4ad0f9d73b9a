package io.coshoring.core;

/**
 * An adapter could not be built or started; the message says which platform ({@code slack}) and
 * why.
 */
public final class AdapterFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String platform;

  public AdapterFailure(String platform, RuntimeException cause) {
    super(
        Character.toUpperCase(platform.charAt(0))
            + platform.substring(1)
            + " could not start: "
            + cause.getMessage(),
        cause);
    this.platform = platform;
  }

  public String platform() {
    return platform;
  }
}
