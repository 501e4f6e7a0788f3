-- The demo partnership: agencies from the 2017 Children's Trust paper, the bodies the improvement journey
-- created, and fictional people. Loaded once into an empty database by the embedded run (DemoDataSeeder).
-- Accounts marked 'DEMO' get a PBKDF2 hash of the demo password when loaded.

insert into agency (name, kind) values
    ('Middlesbrough Council', 'LOCAL_AUTHORITY'),
    ('Cleveland Police', 'POLICE'),
    ('South Tees Clinical Commissioning Group', 'ICB_CCG'),
    ('South Tees Hospitals NHS Foundation Trust (James Cook University Hospital)', 'HOSPITAL_TRUST'),
    ('Public Health South Tees', 'PUBLIC_HEALTH'),
    ('Middlesbrough Voluntary Development Agency', 'VOLUNTARY_SECTOR'),
    ('Middlesbrough Schools Partnership', 'SCHOOL'),
    ('Department for Education', 'CENTRAL_GOVERNMENT'),
    ('Ofsted', 'REGULATOR');

create temporary table demo_person (username text, full_name text, job_title text, agency text, login boolean,
                                    system_admin boolean, agency_admin boolean) on commit drop;
insert into demo_person values
    ('admin', 'Alex Morgan', 'Portal administrator', 'Middlesbrough Council', true, true, false),
    ('secretary', 'Sam Patel', 'Democratic Services Officer', 'Middlesbrough Council', true, false, false),
    ('chair', 'Councillor Jo Hartley', 'Executive Member for Children''s Services', 'Middlesbrough Council', true, false, false),
    ('police', 'Dan Reeve', 'Detective Inspector, Safeguarding', 'Cleveland Police', true, false, false),
    ('health', 'Dr Priya Shah', 'Designated Doctor for Safeguarding Children', 'South Tees Clinical Commissioning Group', true, false, false),
    ('school', 'Helen Marsh', 'Headteacher, Linthorpe Park Primary', 'Middlesbrough Schools Partnership', true, false, false),
    ('voluntary', 'Tom Okafor', 'Chief Executive', 'Middlesbrough Voluntary Development Agency', true, false, false),
    ('police-admin', 'Karen Lowe', 'Systems and Access Manager', 'Cleveland Police', true, false, true),
    ('councillor', 'Councillor Ruth Allen', 'Ward councillor', 'Middlesbrough Council', true, false, false),
    ('m.ellis', 'Councillor Mark Ellis', 'Ward councillor', 'Middlesbrough Council', false, false, false),
    ('a.byrne', 'Councillor Anna Byrne', 'Ward councillor', 'Middlesbrough Council', false, false, false),
    ('p.kemp', 'Councillor Peter Kemp', 'Former ward councillor', 'Middlesbrough Council', false, false, false),
    ('c.nolan', 'Chris Nolan', 'Executive Director of Children''s Services', 'Middlesbrough Council', false, false, false),
    ('m.doyle', 'Margaret Doyle', 'Independent Chair', 'Department for Education', false, false, false),
    ('g.fielding', 'Graham Fielding', 'Children''s Services Improvement Adviser', 'Department for Education', false, false, false),
    ('l.quinn', 'Dr Laura Quinn', 'Named Nurse for Safeguarding', 'South Tees Hospitals NHS Foundation Trust (James Cook University Hospital)', false, false, false),
    ('n.dunn', 'Neil Dunn', 'Consultant in Public Health', 'Public Health South Tees', false, false, false),
    ('r.holt', 'Rachel Holt', 'Superintendent (retired)', 'Cleveland Police', false, false, false);

insert into person (username, full_name, email, job_title, agency_id, password_hash, system_admin, agency_admin)
select d.username, d.full_name, d.username || '@demo.invalid', d.job_title, a.id,
       case when d.login then 'DEMO' end, d.system_admin, d.agency_admin
from demo_person d join agency a on a.name = d.agency;

insert into body (name, short_name, kind, parent_id, terms_of_reference, meeting_frequency, quorum,
                  access_to_information, access_level) values
    ('Health and Wellbeing Board', 'HWB', 'BOARD', null,
     'Statutory board that agrees the joint health and wellbeing strategy for the town.',
     'Quarterly', 4, true, 'PUBLIC'),
    ('Overview and Scrutiny Board', 'OSB', 'COMMITTEE', null,
     'Co-ordinates the council''s scrutiny panels and approves their yearly work programmes.',
     'Monthly', 3, true, 'PUBLIC');

insert into body (name, short_name, kind, parent_id, terms_of_reference, meeting_frequency, quorum,
                  access_to_information, access_level) values
    ('Children''s Trust Board', 'CTB', 'BOARD', (select id from body where short_name = 'HWB'),
     'Sets the shared vision and priorities for children and families, oversees their delivery across agencies, '
         || 'and oversees the joint commissioning of integrated services.',
     'Every six weeks', 5, false, 'PARTNERSHIP'),
    ('Multi-Agency Children''s Strategic Improvement Board', 'MACSIB', 'IMPROVEMENT_BOARD', null,
     'Holds the partnership to account for the improvement plan that followed the inadequate inspection judgement.',
     'Monthly', 4, false, 'PARTNERSHIP'),
    ('Children and Young People''s Social Care and Services Scrutiny Panel', 'CYPSC', 'SCRUTINY_PANEL',
     (select id from body where short_name = 'OSB'),
     'Reviews children''s social care and services through a yearly work programme agreed by the Overview and '
         || 'Scrutiny Board.',
     'Every five to six weeks', 3, true, 'PUBLIC');

insert into body (name, short_name, kind, parent_id, terms_of_reference, meeting_frequency, quorum,
                  access_to_information, access_level) values
    ('Early Help and Schools Sub-group', 'EHSG', 'SUB_GROUP', (select id from body where short_name = 'CTB'),
     'Joins up early help offered by schools and the voluntary sector.', 'Every two months', 3, false, 'PARTNERSHIP'),
    ('Missing, Exploited and Trafficked Children Operational Group', 'MET', 'SUB_GROUP',
     (select id from body where short_name = 'CTB'),
     'Shares intelligence on children at risk of exploitation and agrees disruption plans.', 'Monthly', 3, false,
     'PARTNERSHIP'),
    ('Child Health and Emotional Wellbeing Sub-group', 'CHEW', 'SUB_GROUP',
     (select id from body where short_name = 'CTB'),
     'Oversees health assessments for children looked after and emotional wellbeing services.', 'Quarterly', 3,
     false, 'PARTNERSHIP'),
    ('Joint Safeguarding Information Panel', 'JSIP', 'SUB_GROUP', (select id from body where short_name = 'CTB'),
     'Reviews information shared between police and health about children at risk; open to both agencies.',
     'Monthly', 2, false, 'RESTRICTED');

-- The information panel is restricted: everyone in the police and the CCG may see it without a seat.
insert into body_agency_access (body_id, agency_id)
select b.id, a.id from body b, agency a
where b.short_name = 'JSIP' and a.name in ('Cleveland Police', 'South Tees Clinical Commissioning Group');

create temporary table demo_seat (body text, username text, agency text, role text, voting boolean,
                                  starts_on date, ends_on date) on commit drop;
insert into demo_seat values
    ('CTB', 'chair', null, 'CHAIR', true, date '2017-10-01', null),
    ('CTB', 'police', null, 'MEMBER', true, date '2021-04-01', null),
    ('CTB', 'r.holt', null, 'MEMBER', true, date '2017-10-01', date '2021-03-31'),
    ('CTB', 'health', null, 'MEMBER', true, date '2019-06-01', null),
    ('CTB', 'l.quinn', null, 'MEMBER', true, date '2018-01-01', null),
    ('CTB', 'n.dunn', null, 'MEMBER', true, date '2018-01-01', null),
    ('CTB', 'school', null, 'MEMBER', true, date '2020-09-01', null),
    ('CTB', 'voluntary', null, 'MEMBER', true, date '2017-10-01', null),
    ('CTB', 'c.nolan', null, 'OFFICER', false, date '2019-01-07', null),
    ('CTB', 'secretary', null, 'SECRETARY', false, date '2017-10-01', null),
    ('MACSIB', 'm.doyle', null, 'INDEPENDENT_CHAIR', true, date '2020-02-01', null),
    ('MACSIB', 'chair', null, 'MEMBER', true, date '2020-02-01', null),
    ('MACSIB', 'police', null, 'MEMBER', true, date '2021-04-01', null),
    ('MACSIB', 'health', null, 'MEMBER', true, date '2020-02-01', null),
    ('MACSIB', 'c.nolan', null, 'OFFICER', false, date '2020-02-01', null),
    ('MACSIB', 'g.fielding', null, 'ADVISER', false, date '2020-02-01', null),
    ('MACSIB', 'secretary', null, 'SECRETARY', false, date '2020-02-01', null),
    ('EHSG', 'school', null, 'CHAIR', true, date '2020-09-01', null),
    ('EHSG', 'voluntary', null, 'MEMBER', true, date '2019-01-01', null),
    ('EHSG', 'secretary', null, 'SECRETARY', false, date '2019-01-01', null),
    ('MET', 'police', null, 'CHAIR', true, date '2021-04-01', null),
    ('MET', 'c.nolan', null, 'MEMBER', true, date '2019-01-07', null),
    ('MET', 'secretary', null, 'SECRETARY', false, date '2019-01-01', null),
    ('CHEW', 'health', null, 'CHAIR', true, date '2019-06-01', null),
    ('CHEW', 'l.quinn', null, 'MEMBER', true, date '2019-06-01', null),
    ('CHEW', 'secretary', null, 'SECRETARY', false, date '2019-06-01', null),
    ('JSIP', 'c.nolan', null, 'CHAIR', true, date '2021-01-01', null),
    ('JSIP', 'secretary', null, 'SECRETARY', false, date '2021-01-01', null),
    ('CYPSC', 'm.ellis', null, 'CHAIR', true, date '2019-05-20', null),
    ('CYPSC', 'a.byrne', null, 'VICE_CHAIR', true, date '2019-05-20', null),
    ('CYPSC', 'councillor', null, 'MEMBER', true, date '2019-05-20', null),
    ('CYPSC', 'p.kemp', null, 'MEMBER', true, date '2019-05-20', date '2020-05-17'),
    ('CYPSC', 'secretary', null, 'SECRETARY', false, date '2019-05-20', null),
    ('OSB', 'm.ellis', null, 'MEMBER', true, date '2019-05-20', null),
    ('OSB', 'councillor', null, 'MEMBER', true, date '2019-05-20', null),
    ('OSB', 'secretary', null, 'SECRETARY', false, date '2019-05-20', null),
    ('HWB', 'chair', null, 'MEMBER', true, date '2017-05-01', null),
    ('HWB', 'n.dunn', null, 'MEMBER', true, date '2017-05-01', null),
    ('HWB', 'secretary', null, 'SECRETARY', false, date '2017-05-01', null);

insert into membership (body_id, person_id, agency_id, role, voting, starts_on, ends_on)
select b.id, p.id, coalesce(ra.id, p.agency_id), s.role, s.voting, s.starts_on, s.ends_on
from demo_seat s
join body b on b.short_name = s.body
join person p on p.username = s.username
left join agency ra on ra.name = s.agency;

-- Action logs. Each partner owns something the others outside the body cannot see; dates follow today's date so
-- that some actions are overdue whenever the demo runs. Progress and "so what?" statements follow the pattern of
-- the 2020 improvement progress report.
create temporary table demo_action (body text, reference text, title text, owner text, agency text, due_in integer,
                                    status text, progress text, impact text) on commit drop;
insert into demo_action values
    ('MACSIB', 'MACSIB-2020-001', 'Audit every early help case held by council teams and step up high-risk cases',
     'c.nolan', null, -120, 'COMPLETE',
     'All 900 internally held early help cases audited and RAG rated; high-risk cases audited in depth; 130 children (15%) stepped up to social work teams and tracked.',
     'This cohort now receives an assessment and intervention where needed, and the cases left in early help belong there.'),
    ('MACSIB', 'MACSIB-2020-002', 'Strengthen management capacity in the Multi Agency Children''s Hub', 'c.nolan', null,
     -60, 'COMPLETE', 'Two team managers and two assistant team managers are now in post in the hub.',
     'More resilience at the front door, better management oversight and quicker decisions on contacts and referrals.'),
    ('MACSIB', 'MACSIB-2020-003', 'Agree the protocol for children held in police custody (PACE beds) and share custody data',
     'police', null, 30, 'ON_TRACK',
     'Protocol developed and signed off; police custody data is shared with the council as agreed; a recording pathway is being set up.',
     'The duty director is told the same night when a child reaches the threshold for a PACE bed.'),
    ('MACSIB', 'MACSIB-2020-004', 'Train the workforce in safety planning and quality assure the plans', 'c.nolan', null,
     10, 'AT_RISK', 'Training partly suspended during Covid-19 and moved online; over 940 safety plans completed, 10% quality assured.',
     'Risks are identified with a planned response, but the quality of plans is not yet good enough everywhere.'),
    ('MACSIB', 'MACSIB-2020-005', 'Recruit social workers to reassess every child receiving a short break', 'c.nolan', null,
     -14, 'NOT_STARTED', null, null),
    ('CTB', 'CTB-2021-001', 'Health assessments for children looked after completed within 20 working days', 'health',
     null, 45, 'ON_TRACK', 'Weekly tracking of assessments due with the looked-after children''s nurses.',
     'Fewer children wait beyond 20 working days for their first health assessment.'),
    ('CTB', 'CTB-2021-002', 'Map voluntary-sector support for families stepped down from social care', 'voluntary',
     null, -7, 'OFF_TRACK', 'Two of five providers have returned their service details.', null),
    ('EHSG', 'EHSG-2021-001', 'Offer every primary school a named early help contact', 'school', null, 60, 'NOT_STARTED',
     null, null),
    ('MET', 'MET-2021-001', 'Complete return interviews for missing children within 72 hours', 'police', null, -3,
     'AT_RISK', 'Interviews completed within 72 hours for 61% of episodes last month.',
     'Intelligence from interviews reaches the exploitation panel sooner, but not yet for every child.');

insert into action (body_id, reference, title, owner_person_id, owner_agency_id, due_on, status)
select b.id, d.reference, d.title, p.id, p.agency_id, current_date + d.due_in, d.status
from demo_action d join body b on b.short_name = d.body join person p on p.username = d.owner;

insert into action_update (action_id, written_on, progress, impact, status_before, status_after, author_id,
                           author_agency_id)
select a.id, current_date - 5, d.progress, d.impact, 'NOT_STARTED', d.status, a.owner_person_id, a.owner_agency_id
from demo_action d join action a on a.reference = d.reference
where d.progress is not null;

update action a set latest_update_id = u.id from action_update u where u.action_id = a.id;

insert into action_reference (body_id, year, last)
select body_id, cast(split_part(reference, '-', 2) as integer), count(*) from action
group by body_id, cast(split_part(reference, '-', 2) as integer);

-- The scrutiny panel's 2020/21 work programme (seed 003, item 20/3): the four topics the panel selected and the
-- Overview and Scrutiny Board approved, the "diary of a social worker" briefing, and a suggestion not selected.
insert into wp_topic (body_id, municipal_year, title, reason, priority, kind, status, suggested_by, suggester_kind,
                      score_public_interest, score_impact, score_performance, score_context, score_duplication,
                      screening_note, terms_of_reference)
select b.id, 2020, t.title, t.reason, t.priority, t.kind, t.status, t.suggested_by, t.suggester_kind,
       t.s1, t.s2, t.s3, t.s4, t.s5, t.note, t.terms
from body b, (values
    ('Sufficiency and Permanency (Perceptions of Children in Care)',
     'Children in care should be heard on where they live and how long they wait for a permanent home.',
     'Permanence', 'REVIEW', 'APPROVED', 'Councillor Ruth Allen', 'MEMBER', 5, 4, 4, 3, 5,
     'Aligns with the improvement plan''s permanence priority.',
     'What children in care say about their placements, and how sufficiency planning answers them.'),
    ('''No Wrong Door'' Programme', 'A model that keeps teenagers out of care and custody; is it working here?',
     'Early help', 'REVIEW', 'APPROVED', 'Chris Nolan', 'OFFICER', 4, 4, 3, 3, 4, null, null),
    ('Youth Services', 'Youth provision was reduced; what does it now offer young people?', null, 'REVIEW',
     'APPROVED', 'A member of the public', 'PUBLIC', 4, 3, 3, 3, 4, null, null),
    ('PACE Bed Provision', 'Children should not spend nights in police cells for want of a bed.', 'Police custody beds',
     'REVIEW', 'APPROVED', 'Dan Reeve', 'PARTNER', 5, 5, 4, 4, 5, 'Ofsted recommendation; joint with the police.', null),
    ('Diary of a social worker', 'Members asked for insight into social workers'' caseloads.', null, 'BRIEFING',
     'APPROVED', 'Sam Patel', 'OFFICER', null, null, null, null, null, null, null),
    ('Holiday hunger', 'Free meals during the school holidays.', null, 'REVIEW', 'NOT_SELECTED',
     'A member of the public', 'PUBLIC', 3, 2, 2, 2, 1, 'Covered by the council''s holiday activities programme.', null)
) as t(title, reason, priority, kind, status, suggested_by, suggester_kind, s1, s2, s3, s4, s5, note, terms)
where b.short_name = 'CYPSC';

-- The improvement board's thread: the 2019 inspection (seed 002), the plan's priorities (seed 004), the March 2022
-- monitoring visit (seed 000), the 2017 figures (seed 001) and the two risks the executive named (seed 000).
insert into inspection (body_id, kind, title, starts_on, ends_on, focus_areas, overall_judgement, letter_published_on)
select id, 'FULL', 'Inspection of local authority children''s services (ILACS)', date '2019-11-18', date '2019-12-06',
       null, 'INADEQUATE', date '2020-01-24' from body where short_name = 'MACSIB';
insert into inspection (body_id, kind, title, starts_on, ends_on, focus_areas, overall_judgement, letter_published_on)
select id, 'MONITORING_VISIT', 'Monitoring visit: children in care and permanence', date '2022-03-29', date '2022-03-30',
       'Matching, placement and decision-making for children in care; planning and achieving permanence', null,
       date '2022-05-06' from body where short_name = 'MACSIB';
insert into inspection_judgement (inspection_id, position, area, judgement)
select i.id, j.position, j.area, 'INADEQUATE' from inspection i, (values
    (1, 'The impact of leaders on social work practice with children and families'),
    (2, 'The experiences and progress of children who need help and protection'),
    (3, 'The experiences and progress of children in care and care leavers')) as j(position, area)
where i.kind = 'FULL';
insert into inspection_finding (inspection_id, number, kind, text)
select i.id, f.number, 'RECOMMENDATION', f.text from inspection i, (values
    (1, 'Apply thresholds consistently at the front door, and record why each decision was made.'),
    (2, 'Find a PACE bed for every child who should not be held overnight in police custody.'),
    (3, 'Plan permanence for children in care without delay.')) as f(number, text)
where i.kind = 'FULL';

insert into improvement_plan (body_id, title, period)
select id, 'Children''s Services Improvement Plan', '2020–23' from body where short_name = 'MACSIB';
insert into plan_priority (plan_id, number, title, finding_id)
select p.id, t.number, t.title, (select f.id from inspection_finding f where f.number = t.finding)
from improvement_plan p, (values
    (1, 'Early help', null), (2, 'The front door hub (MACH)', 1), (3, 'Thresholds', 1), (4, 'Homelessness', null),
    (5, 'Police custody (PACE) beds', 2), (6, 'Safety planning', null), (7, 'Short breaks', null),
    (8, 'Permanence', 3), (9, 'Care leavers'' personal advisers', null), (10, 'Unregulated placements', null),
    (11, 'Leadership', null)) as t(number, title, finding);
update action a set priority_id = pp.id from plan_priority pp
where pp.number = case a.reference when 'MACSIB-2020-001' then 1 when 'MACSIB-2020-002' then 2
                                   when 'MACSIB-2020-003' then 5 when 'MACSIB-2020-004' then 6
                                   when 'MACSIB-2020-005' then 7 end;
update action set finding_id = (select id from inspection_finding where number = 2) where reference = 'MACSIB-2020-003';

insert into indicator (body_id, priority_id, name, unit, polarity, target, rate_per, population, population_source,
                       owner_agency_id)
select b.id, (select id from plan_priority where number = x.priority), x.name, 'COUNT', 'LOWER_IS_BETTER', x.target,
       10000, 32180, 'Mid-2016 population estimate', (select id from agency where name = x.agency)
from body b, (values
    ('Children looked after', 8, null, 'Middlesbrough Council'),
    ('Children subject to a child protection plan', 3, 250, 'Middlesbrough Council'),
    ('Children in need', 3, null, 'Middlesbrough Council'),
    ('Children held overnight in police custody', 5, 0, 'Cleveland Police')) as x(name, priority, target, agency)
where b.short_name = 'MACSIB';
insert into indicator_value (indicator_id, as_at, value)
select i.id, v.as_at, v.value from indicator i join (values
    ('Children looked after', date '2017-08-31', 467), ('Children looked after', date '2019-11-30', 420),
    ('Children looked after', date '2020-03-31', 462),
    ('Children subject to a child protection plan', date '2017-08-31', 263),
    ('Children subject to a child protection plan', date '2019-11-30', 221),
    ('Children subject to a child protection plan', date '2020-03-31', 263),
    ('Children in need', date '2017-08-31', 1246), ('Children in need', date '2019-03-31', 981),
    ('Children in need', date '2020-03-31', 1246),
    ('Children held overnight in police custody', date '2020-03-31', 3)) as v(name, as_at, value) on v.name = i.name;

insert into risk (body_id, title, description, owner_person_id, owner_agency_id, likelihood, impact, appetite, review_on)
select b.id, r.title, r.description, p.id, p.agency_id, r.l, r.i, 12, current_date + r.review
from body b, person p, (values
    ('Recruiting permanent experienced social workers',
     'A quarter of social work staff are agency workers, at extra cost, though half have stayed over a year.', 4, 5, -5),
    ('Keeping the pace of improvement under financial constraint',
     'Demand for children''s social care and the cost of care are rising faster than funding.', 3, 4, 60))
    as r(title, description, l, i, review)
where b.short_name = 'MACSIB' and p.username = 'c.nolan';
insert into risk_mitigation (risk_id, action_id)
select r.id, a.id from risk r, action a where r.title like 'Recruiting%' and a.reference = 'MACSIB-2020-002';

-- The demo's administrators and secretary have an authenticator app enrolled, all with the one published demo key
-- (README: add it to any authenticator app to sign in as them).
update person set totp_secret = 'PGPDEMOPARTNERSHIPSECONDFACTORKY', totp_enrolled_at = now()
where username in ('admin', 'secretary', 'police-admin');
