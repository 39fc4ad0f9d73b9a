-- What members ask, committed before the platform hears it was received, and worked on from here:
-- a crash after the acknowledgement loses nothing, and a platform's resend is recognised by its key.
CREATE TABLE inbox (
  seq          BIGINT        PRIMARY KEY,
  request_key  VARCHAR(300)  NOT NULL UNIQUE,
  kind         VARCHAR(16)   NOT NULL,
  lane         VARCHAR(200)  NOT NULL,
  payload      TEXT          NOT NULL,
  reply_to     VARCHAR(2000) NOT NULL,
  state        VARCHAR(16)   NOT NULL,
  attempts     INTEGER       NOT NULL,
  last_error   VARCHAR(1000),
  received_at  BIGINT        NOT NULL,
  due_at       BIGINT        NOT NULL
);
CREATE INDEX inbox_pending ON inbox (state, seq);

-- The inbox's last number, kept when it is pruned, so that a number is never given twice.
CREATE TABLE inbox_sequence (
  name      VARCHAR(20) PRIMARY KEY,
  last_seq  BIGINT      NOT NULL
);

-- An answer to a request goes back where the platform said (a response URL, an interaction).
ALTER TABLE outbox ADD COLUMN reply_to VARCHAR(2000);

-- The request that published a post: run again after a crash, it finds the post instead of a twin.
ALTER TABLE posts ADD COLUMN request_key VARCHAR(300);
CREATE UNIQUE INDEX posts_request_key ON posts (request_key);
