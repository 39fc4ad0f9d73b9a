-- The Slack adapter's own tables, migrated apart from the core's (history: flyway_history_slack).
-- Portable SQL: it runs on SQLite and PostgreSQL.

-- One row a workspace that installed the app through OAuth; its bot token serves that workspace.
CREATE TABLE slack_installations (
  team_id            VARCHAR(40)   PRIMARY KEY,
  enterprise_id      VARCHAR(40),
  team_name          VARCHAR(200),
  app_id             VARCHAR(40),
  bot_id             VARCHAR(40),
  bot_user_id        VARCHAR(40),
  bot_token          VARCHAR(400)  NOT NULL,
  bot_scopes         VARCHAR(2000),
  installer_user_id  VARCHAR(40),
  installed_at       BIGINT        NOT NULL,
  active             BOOLEAN       NOT NULL,
  deactivated_for    VARCHAR(100)
);

-- OAuth state values handed out by /slack/install, valid until used or expired.
CREATE TABLE slack_oauth_states (
  state       VARCHAR(100) PRIMARY KEY,
  expires_at  BIGINT       NOT NULL
);

-- Events already handled, by Slack's event id, so a retry or a redelivery is not handled twice.
CREATE TABLE slack_seen_events (
  event_id  VARCHAR(100) PRIMARY KEY,
  seen_at   BIGINT       NOT NULL
);
CREATE INDEX slack_seen_events_age ON slack_seen_events (seen_at);
