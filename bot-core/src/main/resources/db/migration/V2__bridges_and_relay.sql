-- Channel bridges and the relay's durable state. Portable SQL (SQLite and PostgreSQL).

CREATE TABLE bridges (
  id          VARCHAR(40)  PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  created_by  VARCHAR(200) NOT NULL,
  created_at  BIGINT       NOT NULL
);

-- A channel belongs to one bridge at most; a paused channel neither sends nor receives.
CREATE TABLE bridge_channels (
  channel_id  VARCHAR(200) PRIMARY KEY,
  bridge_id   VARCHAR(40)  NOT NULL REFERENCES bridges (id),
  space_id    VARCHAR(200) NOT NULL,
  state       VARCHAR(10)  NOT NULL,
  joined_by   VARCHAR(200) NOT NULL,
  joined_at   BIGINT       NOT NULL
);
CREATE INDEX bridge_channels_bridge ON bridge_channels (bridge_id);

-- Each relayed message's copies, part by part: edits and deletes follow them, replies thread to
-- them, and a copy the bot posted is known as its own when the platform echoes it back.
CREATE TABLE bridge_copies (
  source_channel  VARCHAR(200) NOT NULL,
  source_message  VARCHAR(100) NOT NULL,
  target_channel  VARCHAR(200) NOT NULL,
  part            INTEGER      NOT NULL,
  target_message  VARCHAR(100) NOT NULL,
  created_at      BIGINT       NOT NULL,
  PRIMARY KEY (source_channel, source_message, target_channel, part)
);
CREATE UNIQUE INDEX bridge_copies_target ON bridge_copies (target_channel, target_message);

-- One ordered queue a destination channel: what to post, edit or delete there, in order.
CREATE TABLE relay_queue (
  target_channel   VARCHAR(200)  NOT NULL,
  seq              BIGINT        NOT NULL,
  action           VARCHAR(10)   NOT NULL,
  source_channel   VARCHAR(200)  NOT NULL,
  source_message   VARCHAR(100)  NOT NULL,
  payload          TEXT          NOT NULL,
  attempts         INTEGER       NOT NULL,
  next_attempt_at  BIGINT        NOT NULL,
  last_error       VARCHAR(1000),
  created_at       BIGINT        NOT NULL,
  PRIMARY KEY (target_channel, seq)
);

-- What could not be delivered for good, kept with its error for `bridge status`.
CREATE TABLE relay_dead_letters (
  target_channel   VARCHAR(200)  NOT NULL,
  seq              BIGINT        NOT NULL,
  action           VARCHAR(10)   NOT NULL,
  source_channel   VARCHAR(200)  NOT NULL,
  source_message   VARCHAR(100)  NOT NULL,
  payload          TEXT          NOT NULL,
  attempts         INTEGER       NOT NULL,
  error            VARCHAR(1000) NOT NULL,
  failed_at        BIGINT        NOT NULL,
  PRIMARY KEY (target_channel, seq)
);

-- Message events already relayed, so a platform's redelivery is not relayed twice.
CREATE TABLE relay_seen (
  event_key  VARCHAR(300) PRIMARY KEY,
  seen_at    BIGINT       NOT NULL
);
