-- Events already handled, from any platform: what the relay kept for bridges, now for all.
ALTER TABLE relay_seen RENAME TO seen_events;
CREATE INDEX seen_events_age ON seen_events (seen_at);
