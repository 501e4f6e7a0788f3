-- A seat ended "now" stops counting at that moment, not at the next midnight.
alter table membership add column ended_at timestamptz;
