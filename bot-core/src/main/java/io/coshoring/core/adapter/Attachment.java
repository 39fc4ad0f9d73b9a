package io.coshoring.core.adapter;

import java.util.Locale;

/**
 * A file a member attached to a bridged message, as its platform describes it. It crosses as a file
 * uploaded again on the other side, read from where it is when the copy is written, because a link
 * would not do: Slack's need a Slack login, Discord's expire within a day.
 *
 * @param size in bytes, as the source platform gives it
 * @param location where the source platform serves it, for its own adapter to read: a Slack file's
 *     private download URL, a Discord attachment's URL
 */
public record Attachment(String name, String mimeType, long size, String location) {

  public String readableSize() {
    return readable(size);
  }

  /** A size as a member reads it: "840 kB", "12.5 MB". */
  public static String readable(long bytes) {
    if (bytes < 1_000) {
      return bytes + " B";
    }
    if (bytes < 1_000_000) {
      return Math.round(bytes / 1_000.0) + " kB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  public boolean image() {
    return mimeType != null && mimeType.startsWith("image/");
  }
}
