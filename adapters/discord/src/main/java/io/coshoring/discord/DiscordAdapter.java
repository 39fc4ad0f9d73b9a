package io.coshoring.discord;

import io.coshoring.core.adapter.Adapter;
import io.coshoring.core.adapter.Delivery;
import io.coshoring.core.adapter.DeliveryException;
import io.coshoring.core.adapter.MemberRef;
import io.coshoring.core.adapter.MessageRef;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.adapter.WorkQueue;
import io.coshoring.core.api.AdapterContext;
import io.coshoring.core.api.Coshoring;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * coshoring as a Discord bot: one JDA session, one token, serving every server that invites the
 * bot, each server a space, over one gateway connection or several shards. Slash commands, modals,
 * buttons and autocomplete arrive as interactions, which need no privileged intent; bridges read
 * the messages of bridged channels, which needs the privileged Message Content intent. Members'
 * commands and forms are committed to the core's inbox before Discord is acknowledged, and answered
 * later by editing the deferred reply; clicks and channel messages go to the core's {@link
 * Coshoring} as they come. The core reaches Discord through this adapter's direct messages, and its
 * abilities to answer interactions, to write into bridged channels and to open project rooms.
 */
public final class DiscordAdapter implements Adapter {

  private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

  private final DiscordSettings settings;
  private final DiscordListener listener;
  private final WorkQueue work = new WorkQueue(DiscordIds.PLATFORM);
  private final DiscordDirectMessages directMessages;
  private final DiscordReplies replies;
  private final DiscordFiles files;
  private final DiscordChannelWriter channels;
  private final DiscordRooms rooms;
  private volatile DiscordSession session;

  public DiscordAdapter(DiscordSettings settings, AdapterContext context) {
    this.settings = settings;
    Coshoring core = context.core();
    ClosedDms closedDms = new ClosedDms(core);
    Supplier<DiscordSession> live = () -> session;
    InteractionRequests requests = new InteractionRequests(core, work);
    this.directMessages = new DiscordDirectMessages(live, closedDms);
    this.replies = new DiscordReplies(live, requests, closedDms);
    this.channels = new DiscordChannelWriter(live);
    this.files = new DiscordFiles(settings.restUrl());
    this.rooms = new DiscordRooms(live);
    this.listener =
        new DiscordListener(
            core,
            new SlashCommands(core, requests),
            new PostModal(core, requests),
            new ButtonClicks(core, requests),
            new SkillAutocomplete(core.skills()),
            new ChannelMessages(core));
  }

  @Override
  public String platform() {
    return DiscordIds.PLATFORM;
  }

  /** Connects to Discord and waits until the bot is ready on every shard. */
  @Override
  public void start() {
    try {
      session = DiscordSession.connect(settings, listener);
      log.info(
          "Discord: ready in {} servers over {} shard(s)", session.servers(), settings.shards());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while connecting to Discord", e);
    }
  }

  @Override
  public MessageRef sendDirect(MemberRef member, OutgoingMessage message, Delivery delivery)
      throws DeliveryException {
    return directMessages.send(member, message, delivery.idempotencyKey());
  }

  /**
   * Answers interactions in their deferred replies, writes into bridged channels through webhooks,
   * and opens project rooms as private channels.
   */
  @Override
  public List<Object> abilities() {
    return List.of(replies, channels, files, rooms);
  }

  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
    work.close();
  }
}
