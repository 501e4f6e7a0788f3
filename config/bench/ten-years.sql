-- Ten years of a partnership, for the load benchmark only (never the demo): deterministic from the seed below.
-- 25 agencies (the demo's and more), 2,000 people, 30 bodies with their seats, 3,000 meetings, 100,000 agenda items
-- each with a minute (one minute per item), 25,000 of them with a paper, 100,000 actions with 300,000 updates.
-- The demo users who sign in during the benchmark sit on every generated body, so their pages carry the weight.
select setseed(0.2020);

insert into agency (name, kind)
select 'Generated agency ' || g, (array['LOCAL_AUTHORITY','POLICE','ICB_CCG','HOSPITAL_TRUST','SCHOOL',
                                        'VOLUNTARY_SECTOR'])[1 + g % 6]
from generate_series(1, greatest(0, 25 - (select count(*) from agency))) g;

insert into person (username, full_name, email, job_title, agency_id)
select 'gen.person' || g, 'Generated Person ' || g, 'gen.person' || g || '@bench.invalid', 'Officer',
       (select id from agency order by id offset (g % (select count(*) from agency)) limit 1)
from generate_series(1, 2000 - (select count(*) from person)) g;

insert into body (name, short_name, kind, terms_of_reference, meeting_frequency, quorum, access_to_information,
                  access_level)
select 'Generated Board ' || g, 'GEN' || g, (array['BOARD','SUB_GROUP','COMMITTEE'])[1 + g % 3],
       'A generated body for the load benchmark.', 'Monthly', 3, g % 3 = 0,
       case when g % 3 = 0 then 'PUBLIC' else 'PARTNERSHIP' end
from generate_series(1, 30 - (select count(*) from body)) g;

-- Twelve seats on each generated body, and the demo's signed-in users on every one of them.
insert into membership (body_id, person_id, agency_id, role, voting, starts_on)
select b.id, p.id, p.agency_id, 'MEMBER', true, date '2016-01-01'
from body b cross join lateral (select id, agency_id from person where username like 'gen.person%'
                                order by id offset (b.id * 12) % 1900 limit 12) p
where b.short_name like 'GEN%';
insert into membership (body_id, person_id, agency_id, role, voting, starts_on)
select b.id, p.id, p.agency_id, case when p.username = 'secretary' then 'SECRETARY' else 'MEMBER' end,
       p.username <> 'secretary', date '2016-01-01'
from body b cross join person p
where b.short_name like 'GEN%' and p.username in ('police', 'health', 'secretary', 'chair');

-- 3,000 meetings over ten years, published, held and approved.
insert into meeting (body_id, starts_at, venue, status, municipal_year, agenda_published_at, agenda_published_on,
                     minutes_status)
select (select id from body where short_name = 'GEN' || (1 + g % 30)),
       timestamptz '2016-05-09 10:00+01' + (g * interval '29 hours'), 'Town Hall', 'HELD',
       2016 + g / 300, timestamptz '2016-05-01 10:00+01' + (g * interval '29 hours'),
       (date '2016-05-01' + (g * 29 / 24)), 'APPROVED'
from generate_series(1, 3000) g
where exists (select 1 from body where short_name = 'GEN' || (1 + g % 30));

-- 100,000 items (about 33 a meeting), each with its minute; a paper on every fourth.
insert into agenda_item (meeting_id, position, item_number, title, purpose, access_level)
select m.id, s.n, s.n::text, 'Item ' || s.n || ': ' || (array['Performance report','Safeguarding update',
       'Budget monitoring','Inspection readiness','Workforce','Exploitation','Early help','Education'])[1 + (m.id + s.n) % 8],
       'DECISION', 'PARTNERSHIP'
from meeting m join body b on b.id = m.body_id and b.short_name like 'GEN%'
cross join lateral generate_series(1, 34) s(n)
where (m.id * 34 + s.n) % 100 < 98;

insert into minute (item_id, text_html, revision)
select i.id, '<p>The board considered the ' || lower(i.title) || '. Members discussed timeliness, quality of '
       || 'practice and the partnership''s response, and agreed the recommendations. Reference ' || i.id || '.</p>', 1
from agenda_item i join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id and b.short_name like 'GEN%';

insert into paper (item_id, report_of, submitted_to, report_date, title, report_for, key_decision, urgent,
                   protective_marking, summary)
select i.id, 'Director of Children''s Services', 'The board', (m.starts_at)::date - 10, 'Report: ' || i.title,
       'DECISION', false, false, 'OFFICIAL', 'The report sets out progress, risks and the decisions asked of the board.'
from agenda_item i join meeting m on m.id = i.meeting_id join body b on b.id = m.body_id and b.short_name like 'GEN%'
where i.id % 4 = 0;

-- 100,000 actions across the generated bodies, owned across the agencies, three updates each.
with people as (select array_agg(id order by id) ids, array_agg(agency_id order by id) agencies, count(*) n
                from person where username like 'gen.person%'),
     bodies as (select array_agg(id order by id) ids, count(*) n from body where short_name like 'GEN%')
insert into action (body_id, reference, title, owner_person_id, owner_agency_id, due_on, status)
select bodies.ids[1 + g % bodies.n], 'GEN' || g, 'Generated action ' || g, people.ids[1 + g % people.n],
       people.agencies[1 + g % people.n], date '2016-06-01' + (g % 3650),
       (array['NOT_STARTED','ON_TRACK','AT_RISK','OFF_TRACK','COMPLETE'])[1 + g % 5]
from generate_series(1, 100000) g, people, bodies;

insert into action_update (action_id, written_on, progress, impact, status_before, status_after, author_id,
                           author_agency_id)
select a.id, a.due_on - 30 * s.n, 'Progress ' || s.n || ' on ' || a.reference, 'Impact noted', 'NOT_STARTED',
       a.status, a.owner_person_id, a.owner_agency_id
from action a cross join generate_series(1, 3) s(n)
where a.reference like 'GEN%';
update action a set latest_update_id = (select max(u.id) from action_update u where u.action_id = a.id)
where a.reference like 'GEN%';

analyze;
