-- Every answer to a match, kept as a labelled pair to tune the engine with. Each side's post is
-- copied as the engine saw it (the demand_ columns are the demand's, the offer_ ones the offer's),
-- so that the pair still means something once its posts are closed or expired; only forget-me
-- deletes it. One row a side of a match: a click sent again adds nothing.

CREATE TABLE match_labels (
  match_id                VARCHAR(60)   NOT NULL,
  answered_by             VARCHAR(10)   NOT NULL,
  answer                  VARCHAR(12)   NOT NULL,
  answered_at             BIGINT        NOT NULL,
  proposed_at             BIGINT        NOT NULL,

  demand_post_id          VARCHAR(20)   NOT NULL,
  demand_member_id        VARCHAR(200)  NOT NULL,
  demand_space_id         VARCHAR(200)  NOT NULL,
  demand_text             VARCHAR(4000) NOT NULL,
  demand_skills           VARCHAR(4000) NOT NULL,
  demand_timezone         VARCHAR(64)   NOT NULL,
  demand_hours            VARCHAR(20)   NOT NULL,
  demand_languages        VARCHAR(100)  NOT NULL,
  demand_work_mode        VARCHAR(10)   NOT NULL,
  demand_city             VARCHAR(100),
  demand_price            VARCHAR(60),
  demand_available_from   VARCHAR(10),
  demand_available_until  VARCHAR(10),
  demand_overlap          VARCHAR(10),
  demand_visibility       VARCHAR(10)   NOT NULL,
  demand_created_at       BIGINT        NOT NULL,
  demand_expires_at       BIGINT        NOT NULL,

  offer_post_id           VARCHAR(20)   NOT NULL,
  offer_member_id         VARCHAR(200)  NOT NULL,
  offer_space_id          VARCHAR(200)  NOT NULL,
  offer_text              VARCHAR(4000) NOT NULL,
  offer_skills            VARCHAR(4000) NOT NULL,
  offer_timezone          VARCHAR(64)   NOT NULL,
  offer_hours             VARCHAR(20)   NOT NULL,
  offer_languages         VARCHAR(100)  NOT NULL,
  offer_work_mode         VARCHAR(10)   NOT NULL,
  offer_city              VARCHAR(100),
  offer_price             VARCHAR(60),
  offer_available_from    VARCHAR(10),
  offer_available_until   VARCHAR(10),
  offer_overlap           VARCHAR(10),
  offer_visibility        VARCHAR(10)   NOT NULL,
  offer_created_at        BIGINT        NOT NULL,
  offer_expires_at        BIGINT        NOT NULL,

  PRIMARY KEY (match_id, answered_by)
);
CREATE INDEX match_labels_demand_member ON match_labels (demand_member_id);
CREATE INDEX match_labels_offer_member ON match_labels (offer_member_id);
