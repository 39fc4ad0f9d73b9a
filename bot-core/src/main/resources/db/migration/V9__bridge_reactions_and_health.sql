-- Who reacts with what on a bridged message, by the message's original (its first channel and
-- id): a copy shows the bot's reaction while a member of any other channel reacts so.
CREATE TABLE bridge_reactions (
  root_channel  VARCHAR(200) NOT NULL,
  root_message  VARCHAR(100) NOT NULL,
  emoji         VARCHAR(100) NOT NULL,
  channel       VARCHAR(200) NOT NULL,
  member        VARCHAR(200) NOT NULL,
  PRIMARY KEY (root_channel, root_message, emoji, channel, member)
);

-- How delivery into each bridged channel last went, for `bridge status`.
CREATE TABLE relay_health (
  target_channel     VARCHAR(200)  PRIMARY KEY,
  last_delivered_at  BIGINT,
  last_failed_at     BIGINT,
  last_error         VARCHAR(1000)
);

-- The channels a project room has opened so far, one a space: a room that opened on one side only
-- is finished on the next try, in the channel it has, rather than opened twice.
CREATE TABLE project_room_channels (
  match_id    VARCHAR(60)  NOT NULL,
  space_id    VARCHAR(200) NOT NULL,
  channel_id  VARCHAR(200) NOT NULL,
  PRIMARY KEY (match_id, space_id)
);
