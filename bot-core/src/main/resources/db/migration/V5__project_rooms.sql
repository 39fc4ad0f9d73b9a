-- The project room opened for an introduced pair: its bridge, once per match.
CREATE TABLE project_rooms (
  match_id    VARCHAR(60)  PRIMARY KEY,
  bridge_id   VARCHAR(40)  NOT NULL REFERENCES bridges (id),
  opened_by   VARCHAR(200) NOT NULL,
  opened_at   BIGINT       NOT NULL
);
