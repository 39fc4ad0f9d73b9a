-- Each destination's last sequence number, kept when its queue empties, so that a number is
-- never given twice: a worker holding an old item can then never mistake a new one for it.
CREATE TABLE relay_sequences (
  target_channel  VARCHAR(200) PRIMARY KEY,
  last_seq        BIGINT       NOT NULL
);
