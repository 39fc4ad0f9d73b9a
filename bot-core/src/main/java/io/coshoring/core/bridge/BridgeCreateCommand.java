package io.coshoring.core.bridge;

import io.coshoring.core.adapter.Adapters;
import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.storage.Database;
import io.coshoring.core.text.MemberText;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/** {@code /coshore bridge create <name>}: bridges this channel and gives a one-time join code. */
public final class BridgeCreateCommand implements Command {

  static final Duration CODE_LIFETIME = Duration.ofHours(24);

  private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

  private final Database database;
  private final BridgeStore bridges;
  private final Adapters adapters;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  public BridgeCreateCommand(
      Database database, BridgeStore bridges, Adapters adapters, Clock clock) {
    this.database = database;
    this.bridges = bridges;
    this.adapters = adapters;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "create";
  }

  @Override
  public String usage() {
    return "/coshore bridge create <name>";
  }

  @Override
  public Reply run(Caller caller, String text) {
    BridgeCommand.requireAdminInChannel(caller, "bridge", usage());
    BridgeCommand.requireBridgeable(caller, adapters, usage());
    String name = text.strip();
    if (MemberText.isBlank(name) || MemberText.length(name) > 100) {
      throw new CommandException(caller.phrases().get("bridge.badName"), usage());
    }
    if (bridges.channel(caller.channelId()).isPresent()) {
      throw new CommandException(caller.phrases().get("bridge.alreadyStatus"), usage());
    }
    String id = "br" + code(10).toLowerCase(Locale.ROOT);
    String code = joinCode();
    long now = clock.millis();
    database.writeAll(
        handle -> {
          bridges.create(handle, new BridgeStore.Bridge(id, name), caller.member().id(), now);
          bridges.addChannel(
              handle, id, caller.channelId(), caller.space().id(), caller.member().id(), now);
          bridges.issueCode(handle, code, id, caller.member().id(), now + CODE_LIFETIME.toMillis());
        });
    return Reply.privately(
        caller.phrases().get("bridge.created", "name", LightMarkup.literal(name), "code", code));
  }

  /** A code to read out or paste: two groups of four, no 0/O or 1/I to misread. */
  String joinCode() {
    return code(4) + "-" + code(4);
  }

  private String code(int length) {
    char[] code = new char[length];
    for (int i = 0; i < length; i++) {
      code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
    }
    return new String(code);
  }
}
