-- The demo partnership's meetings: what a newcomer should find on the first day. Loaded straight after
-- demo-data.sql (DemoDataSeeder, unless portal.demo.history=false). The scrutiny panel's 2020/21 meetings with
-- 20 July 2020 recorded as seed 003 records it; the improvement board's meetings from February 2020 with the
-- decisions its actions came from; the Children's Trust Board; and forthcoming meetings in the weeks after the day
-- this is loaded, one still in draft. Facts from the seeds; people fictional; words our own.

-- More of the panel's councillors, and the substitutes, recorded by name without sign-in accounts.
insert into person (username, full_name, email, job_title, agency_id)
select p.username, p.full_name, null, p.job_title, a.id
from agency a, (values
    ('c.dale', 'Councillor Carol Dale', 'Ward councillor'),
    ('j.wynn', 'Councillor Joe Wynn', 'Ward councillor'),
    ('f.osei', 'Councillor Femi Osei', 'Ward councillor'),
    ('d.shaw', 'Councillor Dev Shaw', 'Ward councillor'),
    ('b.lister', 'Councillor Beth Lister', 'Ward councillor'),
    ('h.grant', 'Councillor Harry Grant', 'Ward councillor')) as p(username, full_name, job_title)
where a.name = 'Middlesbrough Council';

insert into membership (body_id, person_id, agency_id, role, voting, starts_on, ends_on)
select b.id, p.id, p.agency_id, 'MEMBER', true, date '2019-05-20', null
from body b, person p where b.short_name = 'CYPSC' and p.username in ('c.dale', 'j.wynn', 'f.osei', 'd.shaw');

-- Meetings. "at" is London time; a forthcoming meeting is a number of days from today at that time of day.
create temporary table demo_meeting (key text, body text, at timestamp, venue text, status text, minutes text,
                                     published_before integer, approved_at text, moved_by text) on commit drop;
insert into demo_meeting values
    ('panel-mar20', 'CYPSC', timestamp '2020-03-09 16:00', 'Mandela Room, Town Hall', 'HELD', 'APPROVED', 8,
     'panel-jul20', 'a.byrne'),
    ('panel-jul20', 'CYPSC', timestamp '2020-07-20 18:00', 'Virtual meeting', 'HELD', 'APPROVED', 8, 'panel-sep20',
     'm.ellis'),
    ('panel-sep20', 'CYPSC', timestamp '2020-09-14 18:00', 'Virtual meeting', 'HELD', 'APPROVED', 9, 'panel-oct20',
     'a.byrne'),
    ('panel-oct20', 'CYPSC', timestamp '2020-10-19 18:00', 'Virtual meeting', 'HELD', 'CIRCULATED', 8, null, null),
    ('osb-sep20', 'OSB', timestamp '2020-09-07 14:00', 'Virtual meeting', 'HELD', 'CIRCULATED', 11, null, null),
    ('macsib-feb20', 'MACSIB', timestamp '2020-02-25 10:00', 'Committee Room 2, Town Hall', 'HELD', 'APPROVED', 7,
     'macsib-jun20', 'chair'),
    ('macsib-jun20', 'MACSIB', timestamp '2020-06-30 10:00', 'Virtual meeting', 'HELD', 'APPROVED', 7,
     'macsib-sep20', 'health'),
    ('macsib-sep20', 'MACSIB', timestamp '2020-09-29 10:00', 'Virtual meeting', 'HELD', 'APPROVED', 7,
     'macsib-dec20', 'chair'),
    ('macsib-dec20', 'MACSIB', timestamp '2020-12-15 10:00', 'Virtual meeting', 'HELD', 'CIRCULATED', 7, null, null),
    ('ctb-apr21', 'CTB', timestamp '2021-04-22 14:00', 'Middlesbrough House', 'HELD', 'APPROVED', 8, 'ctb-jun21',
     'health'),
    ('ctb-jun21', 'CTB', timestamp '2021-06-10 14:00', 'Middlesbrough House', 'HELD', 'DRAFT', 8, null, null);

-- Forthcoming (on a weekday): the panel and the two boards with published agendas, the panel's next one in draft.
insert into demo_meeting
select d.key, d.body, current_date + d.days
           + case extract(isodow from current_date + d.days) when 6 then 2 when 7 then 1 else 0 end + d.at,
       d.venue, d.status, null, d.published_before, null, null
from (values
    ('macsib-next', 'MACSIB', 6, time '10:00', 'Committee Room 2, Town Hall', 'AGENDA_PUBLISHED', 8),
    ('panel-next', 'CYPSC', 9, time '18:00', 'Mandela Room, Town Hall', 'AGENDA_PUBLISHED', 12),
    ('ctb-next', 'CTB', 13, time '14:00', 'Middlesbrough House', 'AGENDA_PUBLISHED', 15),
    ('panel-later', 'CYPSC', 44, time '18:00', 'Mandela Room, Town Hall', 'SCHEDULED', null))
    as d(key, body, days, at, venue, status, published_before);

alter table meeting add column demo_key text;
insert into meeting (body_id, starts_at, venue, status, municipal_year, agenda_published_at, agenda_published_on,
                     minutes_status, no_declarations, demo_key)
select b.id, d.at at time zone 'Europe/London', d.venue, d.status,
       case when extract(month from d.at) >= 5 then extract(year from d.at) else extract(year from d.at) - 1 end,
       (d.at::date - d.published_before + time '09:00') at time zone 'Europe/London',
       d.at::date - d.published_before, d.minutes, d.status = 'HELD', d.key
from demo_meeting d join body b on b.short_name = d.body;

-- Agenda items; a minute where the meeting was held. Standard items carry their kind; numbers are given below.
create temporary table demo_item (meeting text, position integer, title text, purpose text, presenter text,
                                  standard text, access text, paragraph integer, minute text) on commit drop;
insert into demo_item values
    ('panel-mar20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PUBLIC', null, null),
    ('panel-mar20', 2, 'Declarations of interest', 'INFORMATION', null, 'DECLARATIONS', 'PUBLIC', null, null),
    ('panel-mar20', 3, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PUBLIC', null,
     '<p>The minutes of the meeting held on 3 February 2020 were approved as a correct record.</p>'),
    ('panel-mar20', 4, 'Children missing education: final report', 'DECISION', 'Democratic Services Officer', null,
     'PUBLIC', null,
     '<p>The panel considered its draft final report on children missing education and agreed its conclusions.</p>'),
    ('panel-jul20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PUBLIC', null, null),
    ('panel-jul20', 2, 'Declarations of interest', 'INFORMATION', null, 'DECLARATIONS', 'PUBLIC', null, null),
    ('panel-jul20', 3, 'Minutes of the previous meeting held on 9 March 2020', 'DECISION', null, 'PREVIOUS_MINUTES',
     'PUBLIC', null,
     '<p>The minutes of the panel''s meeting of 9 March 2020 were submitted and approved as a correct record.</p>'),
    ('panel-jul20', 4, 'Overview and structure of children''s services', 'INFORMATION',
     'Executive Director of Children''s Services', null, 'PUBLIC', null,
     '<p>The Executive Director of Children''s Services and the Director of Education and Partnerships described '
         || 'how the department is organised, with a structure chart circulated beforehand.</p>'
         || '<p>A Practice Improvement Hub now sits beside the two remaining directors, to drive the improvement '
         || 'journey:</p><ul><li>Lead for Transformation (post vacant, covered part time)</li>'
         || '<li>Head of Strategic Support Services: performance and governance reports for the Improvement Board'
         || '</li><li>Service Quality and Audit Manager: audits at every level to improve practice</li></ul>'
         || '<p>Members asked about social workers'' caseloads. Newly qualified workers start with about five cases '
         || 'and reach 15 to 17 by the end of their first year; some experienced workers hold up to 30, and resource '
         || 'workers and business support are being added to each safeguarding team.</p>'
         || '<p>An external residential placement costs around £5,000 a week on average, so moving a few children to '
         || 'better placements would pay for the Innovate team (''invest to save'').</p>'),
    ('panel-jul20', 5, 'Setting the scrutiny panel''s work programme 2020/21', 'DECISION',
     'Democratic Services Officer', null, 'PUBLIC', null,
     '<p>The panel considered the topics suggested for its work programme and selected four, aligned with the '
         || 'improvement plan:</p><ol><li>Sufficiency and Permanency (Perceptions of Children in Care)</li>'
         || '<li>''No Wrong Door'' Programme</li><li>Youth Services</li><li>PACE Bed Provision</li></ol>'
         || '<p>Members also asked for a briefing on social workers'' caseloads (a diary of a social worker).</p>'),
    ('panel-jul20', 6, 'Proposed schedule of meetings 2020/21', 'DECISION', 'Democratic Services Officer', null,
     'PUBLIC', null, '<p>A provisional schedule of meeting dates for the 2020/21 municipal year was submitted.</p>'),
    ('panel-jul20', 7, 'Overview and Scrutiny Board update', 'INFORMATION', 'Chair', null, 'PUBLIC', null,
     '<p>The Chair reported on the board''s meetings of 21 May, 11 June and 2 July 2020: the draft Covid recovery '
         || 'plan, a children''s services update, the Mayor''s update and the local outbreak plans.</p>'),
    ('panel-sep20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PUBLIC', null, null),
    ('panel-sep20', 2, 'Declarations of interest', 'INFORMATION', null, 'DECLARATIONS', 'PUBLIC', null, null),
    ('panel-sep20', 3, 'Minutes of the previous meeting held on 20 July 2020', 'DECISION', null, 'PREVIOUS_MINUTES',
     'PUBLIC', null, '<p>The minutes of the meeting of 20 July 2020 were approved as a correct record.</p>'),
    ('panel-sep20', 4, 'Sufficiency and permanency: scope of the review', 'DECISION',
     'Head of Children Looked After and Corporate Parenting', null, 'PUBLIC', null,
     '<p>The panel agreed the scope of its review and asked to hear from children in care through the Children in '
         || 'Care Council.</p>'),
    ('panel-oct20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PUBLIC', null, null),
    ('panel-oct20', 2, 'Minutes of the previous meeting held on 14 September 2020', 'DECISION', null,
     'PREVIOUS_MINUTES', 'PUBLIC', null,
     '<p>The minutes of the meeting of 14 September 2020 were approved as a correct record.</p>'),
    ('panel-oct20', 3, '''No Wrong Door'': evidence from the hub', 'DISCUSSION', 'Head of Residential, Fostering and '
         || 'Futures for Families', null, 'PUBLIC', null,
     '<p>The panel heard how the new edge-of-care hub brings foster carers, resource workers and supported lodgings '
         || 'together for teenagers at risk of care.</p>'),
    ('osb-sep20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PUBLIC', null, null),
    ('osb-sep20', 2, 'Referred from the Children and Young People''s Social Care and Services Scrutiny Panel: '
         || 'work programme 2020/21', 'DECISION', 'Chair of the panel', null, 'PUBLIC', null,
     '<p>The board approved the four topics the panel selected for its 2020/21 work programme.</p>'),
    ('macsib-feb20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PARTNERSHIP', null, null),
    ('macsib-feb20', 2, 'Terms of reference and membership', 'DECISION', 'Independent Chair', null, 'PARTNERSHIP', null,
     '<p>The board agreed its terms of reference after the inadequate judgement in the inspection letter of 24 '
         || 'January 2020.</p>'),
    ('macsib-feb20', 3, 'The inspection findings', 'DISCUSSION', 'Executive Director of Children''s Services', null,
     'PARTNERSHIP', null,
     '<p>Members went through the findings and the three recommendations, and asked for a plan by June.</p>'),
    ('macsib-jun20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PARTNERSHIP', null, null),
    ('macsib-jun20', 2, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PARTNERSHIP', null,
     '<p>The minutes of the meeting of 25 February 2020 were approved as a correct record.</p>'),
    ('macsib-jun20', 3, 'Children''s Services Improvement Plan 2020–23', 'DECISION',
     'Executive Director of Children''s Services', null, 'PARTNERSHIP', null,
     '<p>The board approved the improvement plan''s eleven priorities and gave the first actions to their owners.</p>'),
    ('macsib-jun20', 4, 'Police custody: children held overnight', 'DECISION', 'Detective Inspector, Safeguarding',
     null, 'PARTNERSHIP', null,
     '<p>Three children were held overnight in police custody in the year to March 2020. The board asked for a '
         || 'protocol with the police and for custody data to be shared.</p>'),
    ('macsib-sep20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PARTNERSHIP', null, null),
    ('macsib-sep20', 2, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PARTNERSHIP', null,
     '<p>The minutes of the meeting of 30 June 2020 were approved as a correct record.</p>'),
    ('macsib-sep20', 3, 'Improvement plan: progress report', 'DISCUSSION', 'Head of Strategic Support Services', null,
     'PARTNERSHIP', null,
     '<p>All 900 early help cases held by council teams have been audited; 130 children were stepped up to social '
         || 'work teams.</p>'),
    ('macsib-dec20', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PARTNERSHIP', null, null),
    ('macsib-dec20', 2, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PARTNERSHIP', null,
     '<p>The minutes of the meeting of 29 September 2020 were approved as a correct record.</p>'),
    ('macsib-dec20', 3, 'Safety planning: quality assurance', 'DISCUSSION', 'Principal Social Worker', null,
     'PARTNERSHIP', null,
     '<p>Over 940 safety plans have been completed and 10% quality assured; training moved online during Covid-19.'
         || '</p>'),
    ('ctb-apr21', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PARTNERSHIP', null, null),
    ('ctb-apr21', 2, 'Health assessments for children looked after', 'DECISION', 'Designated Doctor', null,
     'PARTNERSHIP', null,
     '<p>The board asked the health partners to track every initial health assessment against the 20 working day '
         || 'standard.</p>'),
    ('ctb-apr21', 3, 'Support for families stepped down from social care', 'DECISION', 'Chief Executive, MVDA', null,
     'PARTNERSHIP', null,
     '<p>The voluntary sector will map what it offers families stepped down from social care.</p>'),
    ('ctb-jun21', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PARTNERSHIP', null, null),
    ('ctb-jun21', 2, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PARTNERSHIP', null,
     '<p>The minutes of the meeting of 22 April 2021 were approved as a correct record.</p>'),
    ('ctb-jun21', 3, 'Children''s Trust priorities 2021/22', 'DISCUSSION', 'Chair', null, 'PARTNERSHIP', null,
     '<p>The board discussed its priorities for the year.</p>'),
    ('macsib-next', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PARTNERSHIP', null, null),
    ('macsib-next', 2, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PARTNERSHIP', null,
     null),
    ('macsib-next', 3, 'Matters arising and action log', 'DISCUSSION', null, 'ACTION_LOG', 'PARTNERSHIP', null, null),
    ('macsib-next', 4, 'Improvement plan: progress against the eleven priorities', 'DISCUSSION',
     'Head of Strategic Support Services', null, 'PARTNERSHIP', null, null),
    ('macsib-next', 5, 'Police custody protocol: first six months', 'INFORMATION',
     'Detective Inspector, Safeguarding', null, 'PARTNERSHIP', null, null),
    ('panel-next', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PUBLIC', null, null),
    ('panel-next', 2, 'Declarations of interest', 'INFORMATION', null, 'DECLARATIONS', 'PUBLIC', null, null),
    ('panel-next', 3, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PUBLIC', null, null),
    ('panel-next', 4, 'PACE bed provision: evidence from Cleveland Police', 'DISCUSSION',
     'Detective Inspector, Safeguarding', null, 'PUBLIC', null, null),
    ('panel-next', 5, 'Agency social worker contracts', 'DECISION', 'Head of Strategic Support Services', null,
     'EXEMPT', 3, null),
    ('ctb-next', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PARTNERSHIP', null, null),
    ('ctb-next', 2, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PARTNERSHIP', null, null),
    ('ctb-next', 3, 'Health assessments: quarterly figures', 'INFORMATION', 'Designated Doctor', null, 'PARTNERSHIP',
     null, null),
    ('panel-later', 1, 'Apologies for absence', 'INFORMATION', null, 'APOLOGIES', 'PUBLIC', null, null),
    ('panel-later', 2, 'Minutes of the previous meeting', 'DECISION', null, 'PREVIOUS_MINUTES', 'PUBLIC', null, null),
    ('panel-later', 3, 'Youth services: draft scope', 'DISCUSSION', 'Democratic Services Officer', null, 'PUBLIC', null,
     null);

insert into agenda_item (meeting_id, position, title, purpose, presenter, standard_kind, access_level, exempt_paragraph,
                         public_title)
select m.id, i.position, i.title, i.purpose, i.presenter, i.standard, i.access, i.paragraph,
       case when i.access = 'EXEMPT' then 'Staffing contracts' end
from demo_item i join meeting m on m.demo_key = i.meeting;

-- Numbers run through each body's municipal year ("20/1" is the panel's first numbered item of 2020/21); a draft
-- agenda is numbered when it is published.
update agenda_item a set item_number = n.number
from (select ai.id, lpad((m.municipal_year % 100)::text, 2, '0') || '/'
          || row_number() over (partition by m.body_id, m.municipal_year order by m.starts_at, ai.position) as number
      from agenda_item ai join meeting m on m.id = ai.meeting_id
      where m.status <> 'SCHEDULED' and (ai.standard_kind is null or ai.standard_kind in ('PREVIOUS_MINUTES', 'ACTION_LOG')))
    as n where a.id = n.id;

insert into minute (item_id, text_html, revision)
select a.id, i.minute, 1
from demo_item i join meeting m on m.demo_key = i.meeting join agenda_item a on a.meeting_id = m.id
    and a.position = i.position
where i.minute is not null;
insert into minute_version (minute_id, revision, text_html, kind, saved_by, saved_at)
select n.id, 1, n.text_html, 'SAVED', (select id from person where username = 'secretary'), m.starts_at + interval '2 days'
from minute n join agenda_item a on a.id = n.item_id join meeting m on m.id = a.meeting_id;

-- Attendance. 20 July 2020 as the seed records it: chair and vice-chair, two substitutes, apologies, officers by
-- name. Other held meetings: every member then seated present, the secretary in attendance.
insert into attendance (meeting_id, person_id, name, agency_id, kind, substitute_for, note)
select m.id, p.id, coalesce(p.full_name, x.name), p.agency_id, x.kind, s.id, x.note
from meeting m, (values
    ('m.ellis', null, 'PRESENT', null, null),
    ('a.byrne', null, 'PRESENT', null, null),
    ('councillor', null, 'PRESENT', null, null),
    ('c.dale', null, 'PRESENT', null, null),
    ('j.wynn', null, 'PRESENT', null, null),
    ('b.lister', null, 'SUBSTITUTE', 'f.osei', null),
    ('h.grant', null, 'SUBSTITUTE', 'd.shaw', null),
    ('f.osei', null, 'APOLOGIES', null, null),
    ('d.shaw', null, 'APOLOGIES', null, null),
    ('c.nolan', null, 'IN_ATTENDANCE', null, 'Executive Director of Children''s Services'),
    (null, 'Lena Brook', 'IN_ATTENDANCE', null, 'Director of Education and Partnerships'),
    (null, 'Imran Qadir', 'IN_ATTENDANCE', null, 'Head of Strategic Support Services'),
    (null, 'Joan Fenwick', 'IN_ATTENDANCE', null, 'Scrutiny Support Officer'),
    ('secretary', null, 'IN_ATTENDANCE', null, 'Democratic Services Officer'))
    as x(username, name, kind, substitute, note)
left join person p on p.username = x.username
left join person s on s.username = x.substitute
where m.demo_key = 'panel-jul20';

insert into attendance (meeting_id, person_id, name, agency_id, kind, note)
select m.id, p.id, p.full_name, p.agency_id, case when ms.role = 'SECRETARY' then 'IN_ATTENDANCE' else 'PRESENT' end,
       case when ms.role = 'SECRETARY' then p.job_title end
from meeting m
join membership ms on ms.body_id = m.body_id and ms.starts_on <= m.starts_at::date
    and (ms.ends_on is null or ms.ends_on >= m.starts_at::date)
join person p on p.id = ms.person_id
where m.status = 'HELD' and m.demo_key <> 'panel-jul20';

-- Decisions ("AGREED that …"), the referral to the Overview and Scrutiny Board among them.
create temporary table demo_decision (meeting text, position integer, kind text, text text, target text)
    on commit drop;
insert into demo_decision values
    ('panel-jul20', 4, 'NOTED', 'That the information provided be noted.', null),
    ('panel-jul20', 5, 'REFERRED', 'That the topics listed be submitted to the Overview and Scrutiny Board for approval '
         || 'and inclusion in the panel''s work programme for 2020/21.', 'OSB'),
    ('panel-jul20', 6, 'APPROVED', 'That the proposed meeting dates for 2020/21 be approved.', null),
    ('panel-jul20', 7, 'NOTED', 'That the information provided be noted.', null),
    ('panel-mar20', 4, 'APPROVED', 'That the final report be submitted to the Executive.', null),
    ('panel-sep20', 4, 'APPROVED', 'That the scope of the review be approved.', null),
    ('osb-sep20', 2, 'APPROVED', 'That the panel''s work programme for 2020/21 be approved.', null),
    ('macsib-feb20', 2, 'APPROVED', 'That the terms of reference be agreed.', null),
    ('macsib-jun20', 3, 'APPROVED', 'That the improvement plan be approved, and the early help audit, the hub''s '
         || 'management capacity, safety planning and short breaks actions be given to their owners.', null),
    ('macsib-jun20', 4, 'APPROVED', 'That Cleveland Police agree a protocol for children in custody and share custody '
         || 'data with the council.', null),
    ('ctb-apr21', 2, 'APPROVED', 'That initial health assessments be tracked weekly against the 20 working day '
         || 'standard.', null),
    ('ctb-apr21', 3, 'APPROVED', 'That the voluntary sector map its support for families stepped down from social '
         || 'care.', null);

insert into decision (item_id, kind, text, target_body_id, referral_item_id)
select a.id, d.kind, d.text, t.id,
       case when d.kind = 'REFERRED' then (select ri.id from agenda_item ri join meeting rm on rm.id = ri.meeting_id
                                           where rm.demo_key = 'osb-sep20' and ri.position = 2) end
from demo_decision d join meeting m on m.demo_key = d.meeting
join agenda_item a on a.meeting_id = m.id and a.position = d.position
left join body t on t.short_name = d.target;

-- Approvals at the next meeting, moved by a member present there, as RecordService records them.
update meeting m set minutes_approved_at = at.id, minutes_moved_by = p.id
from demo_meeting d join meeting at on at.demo_key = d.approved_at join person p on p.username = d.moved_by
where m.demo_key = d.key;
insert into decision (item_id, kind, text)
select a.id, 'APPROVED', 'That the minutes of the meeting held on ' || trim(to_char(m.starts_at at time zone
           'Europe/London', 'FMDD FMMonth YYYY')) || ' be approved as a correct record (moved by ' || p.full_name || ').'
from meeting m join meeting at on at.id = m.minutes_approved_at join person p on p.id = m.minutes_moved_by
join agenda_item a on a.meeting_id = at.id and a.standard_kind = 'PREVIOUS_MINUTES';

-- The demo actions came from these decisions; their references follow the municipal year of each.
update action a set decision_id = d.id
from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id
where (m.demo_key = 'macsib-jun20' and i.position = 3
           and a.reference in ('MACSIB-2020-001', 'MACSIB-2020-002', 'MACSIB-2020-004', 'MACSIB-2020-005'))
   or (m.demo_key = 'macsib-jun20' and i.position = 4 and a.reference = 'MACSIB-2020-003')
   or (m.demo_key = 'ctb-apr21' and i.position = 2 and a.reference = 'CTB-2021-001')
   or (m.demo_key = 'ctb-apr21' and i.position = 3 and a.reference = 'CTB-2021-002');

-- Papers for the forthcoming meetings' business items.
insert into paper (item_id, report_of, submitted_to, report_date, title, report_for, summary, recommendations)
select a.id, a.presenter, b.name, m.agenda_published_on, a.title, a.purpose, p.summary, p.recommendations
from meeting m join body b on b.id = m.body_id join agenda_item a on a.meeting_id = m.id
join (values
    ('macsib-next', 4, 'Where each of the eleven priorities stands, with the measures the board tracks and what has '
         || 'changed for children since the last report.', 'That the board notes the progress and agrees the '
         || 'actions proposed for the two priorities rated off track.'),
    ('macsib-next', 5, 'Six months of the protocol for children held in police custody: how often a PACE bed was '
         || 'asked for and found.', 'That the board notes the report.'),
    ('panel-next', 4, 'Cleveland Police describe how children are kept out of police cells overnight and where a bed '
         || 'could not be found.', 'That the panel considers the evidence for its review.'),
    ('ctb-next', 3, 'Quarterly figures for initial and review health assessments of children looked after.',
     'That the board notes the figures.')) as p(meeting, position, summary, recommendations)
    on p.meeting = m.demo_key and p.position = a.position;

alter table meeting drop column demo_key;
