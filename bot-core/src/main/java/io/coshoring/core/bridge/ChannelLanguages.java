package io.coshoring.core.bridge;

import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.space.Space;
import io.coshoring.core.space.SpaceStore;

/**
 * The language the bot writes its own notes in, in a bridged channel: everyone there reads them, so
 * they are in the language of the channel's space, not of any one member.
 */
final class ChannelLanguages {

  private final BridgeStore bridges;
  private final SpaceStore spaces;

  ChannelLanguages(BridgeStore bridges, SpaceStore spaces) {
    this.bridges = bridges;
    this.spaces = spaces;
  }

  /** English for a channel no longer bridged, or of a space the network no longer knows. */
  Phrases of(String channelId) {
    Language language =
        bridges
            .channel(channelId)
            .flatMap(channel -> spaces.find(channel.spaceId()))
            .map(Space::defaultLanguage)
            .orElse(Language.ENGLISH);
    return Phrasebook.standard().in(language);
  }
}
