-- Slack's repeated events are now remembered in the core's seen_events table.
DROP TABLE slack_seen_events;
