-- When each person last signed in through the pages, and the time before, so home can show what is new since.
alter table person add column last_visit_at timestamptz;
alter table person add column previous_visit_at timestamptz;
