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
