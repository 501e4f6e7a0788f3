-- "Sign out everywhere": sessions begun before this moment end at their next request, on every node.
alter table person add column sessions_ended_at timestamptz;
