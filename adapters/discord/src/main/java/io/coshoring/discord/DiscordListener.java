package io.coshoring.discord;

import io.coshoring.core.api.Coshoring;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Hands each kind of Discord interaction, and each channel message, to the class for it. */
final class DiscordListener extends ListenerAdapter {

  private final SlashCommands commands;
  private final PostModal modal;
  private final ButtonClicks buttons;
  private final SkillAutocomplete skills;
  private final ChannelMessages messages;
  private final Coshoring core;

  DiscordListener(
      Coshoring core,
      SlashCommands commands,
      PostModal modal,
      ButtonClicks buttons,
      SkillAutocomplete skills,
      ChannelMessages messages) {
    this.commands = commands;
    this.modal = modal;
    this.buttons = buttons;
    this.skills = skills;
    this.messages = messages;
    this.core = core;
  }

  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    messages.received(event);
  }

  @Override
  public void onMessageUpdate(MessageUpdateEvent event) {
    messages.updated(event);
  }

  @Override
  public void onMessageDelete(MessageDeleteEvent event) {
    messages.deleted(event);
  }

  @Override
  public void onMessageReactionAdd(MessageReactionAddEvent event) {
    messages.reacted(event, true);
  }

  @Override
  public void onMessageReactionRemove(MessageReactionRemoveEvent event) {
    messages.reacted(event, false);
  }

  /**
   * The bot was removed from a server (kicked, or the server deleted): its bridged channels stop at
   * once, and the other channels of their bridges see why in {@code bridge status}. A server that
   * is only unavailable for a while is not left.
   */
  @Override
  public void onGuildLeave(GuildLeaveEvent event) {
    core.spaceLeft(DiscordIds.space(event.getGuild().getId()));
  }

  @Override
  public void onReady(ReadyEvent event) {
    // Global commands: one shard registers them for all.
    if (event.getJDA().getShardInfo().getShardId() == 0) {
      event.getJDA().updateCommands().addCommands(CommandDefinitions.all()).queue();
    }
    messages.catchUp(event.getJDA());
  }

  @Override
  public void onSessionRecreate(SessionRecreateEvent event) {
    messages.catchUp(event.getJDA());
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    commands.handle(event);
  }

  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    modal.handle(event);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    buttons.handle(event);
  }

  @Override
  public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
    skills.handle(event);
  }
}
