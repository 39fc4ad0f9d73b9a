-- Written for both SQLite (the embedded default) and PostgreSQL: portable types only, times as
-- epoch milliseconds, ids chosen by the application.

CREATE TABLE spaces (
  id          VARCHAR(200) PRIMARY KEY,
  platform    VARCHAR(20)  NOT NULL,
  name        VARCHAR(200) NOT NULL,
  city        VARCHAR(100),
  timezone    VARCHAR(64),
  share       VARCHAR(10)  NOT NULL,
  created_at  BIGINT       NOT NULL
);

CREATE TABLE space_admins (
  space_id    VARCHAR(200) NOT NULL REFERENCES spaces (id),
  member_id   VARCHAR(200) NOT NULL,
  PRIMARY KEY (space_id, member_id)
);

CREATE TABLE members (
  id            VARCHAR(200) PRIMARY KEY,
  space_id      VARCHAR(200) NOT NULL REFERENCES spaces (id),
  display_name  VARCHAR(200) NOT NULL,
  timezone      VARCHAR(64),
  hours         VARCHAR(20),
  languages     VARCHAR(100) NOT NULL,
  notify        VARCHAR(10)  NOT NULL,
  created_at    BIGINT       NOT NULL
);
CREATE INDEX members_space ON members (space_id);

CREATE TABLE posts (
  id               VARCHAR(20)   PRIMARY KEY,
  member_id        VARCHAR(200)  NOT NULL REFERENCES members (id),
  kind             VARCHAR(10)   NOT NULL,
  text             VARCHAR(4000) NOT NULL,
  work_mode        VARCHAR(10)   NOT NULL,
  city             VARCHAR(100),
  price            VARCHAR(60),
  available_until  VARCHAR(10),
  visibility       VARCHAR(10)   NOT NULL,
  state            VARCHAR(10)   NOT NULL,
  created_at       BIGINT        NOT NULL,
  expires_at       BIGINT        NOT NULL,
  reminded_at      BIGINT
);
CREATE INDEX posts_member ON posts (member_id);
CREATE INDEX posts_state_expiry ON posts (state, expires_at);

CREATE TABLE matches (
  id                VARCHAR(60)      PRIMARY KEY,
  demand_post_id    VARCHAR(20)      NOT NULL,
  offer_post_id     VARCHAR(20)      NOT NULL,
  demand_member_id  VARCHAR(200)     NOT NULL,
  offer_member_id   VARCHAR(200)     NOT NULL,
  score             DOUBLE PRECISION NOT NULL,
  reasons           VARCHAR(4000)    NOT NULL,
  demand_answer     VARCHAR(12),
  offer_answer      VARCHAR(12),
  state             VARCHAR(12)      NOT NULL,
  created_at        BIGINT           NOT NULL,
  UNIQUE (demand_post_id, offer_post_id)
);
CREATE INDEX matches_demand_member ON matches (demand_member_id);
CREATE INDEX matches_offer_member ON matches (offer_member_id);

CREATE TABLE outbox (
  id               VARCHAR(60)   PRIMARY KEY,
  idempotency_key  VARCHAR(200)  NOT NULL UNIQUE,
  recipient_id     VARCHAR(200)  NOT NULL,
  kind             VARCHAR(30)   NOT NULL,
  message          TEXT          NOT NULL,
  score            DOUBLE PRECISION NOT NULL,
  state            VARCHAR(16)   NOT NULL,
  attempts         INTEGER       NOT NULL,
  next_attempt_at  BIGINT        NOT NULL,
  last_error       VARCHAR(1000),
  created_at       BIGINT        NOT NULL,
  sent_at          BIGINT
);
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_recipient ON outbox (recipient_id);

-- "Mute similar": the member is not proposed the other member's posts again.
CREATE TABLE mutes (
  member_id        VARCHAR(200) NOT NULL,
  muted_member_id  VARCHAR(200) NOT NULL,
  created_at       BIGINT       NOT NULL,
  PRIMARY KEY (member_id, muted_member_id)
);
