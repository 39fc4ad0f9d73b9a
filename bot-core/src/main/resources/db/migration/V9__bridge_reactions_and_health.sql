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
