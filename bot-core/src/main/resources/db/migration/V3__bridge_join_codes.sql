-- One-time codes that let an admin of another space join a channel to a bridge.
CREATE TABLE bridge_join_codes (
  code        VARCHAR(20)  PRIMARY KEY,
  bridge_id   VARCHAR(40)  NOT NULL REFERENCES bridges (id),
  created_by  VARCHAR(200) NOT NULL,
  expires_at  BIGINT       NOT NULL,
  used_at     BIGINT
);
