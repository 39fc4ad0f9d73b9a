-- Members signed in on the network's wall. The browser keeps the token; the table keeps only its
-- SHA-256, so a copy of the database opens no session. Forget-me deletes a member's sessions with
-- the rest of their data; signing out deletes one.
CREATE TABLE wall_sessions (
  token_hash TEXT PRIMARY KEY,
  member_id TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX wall_sessions_member ON wall_sessions (member_id);
