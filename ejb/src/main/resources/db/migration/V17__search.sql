-- Search: one row per findable record, its words weighted (title A, text B) in an English tsvector with a GIN index.
-- Triggers keep it in the same transaction as the record, so a saved minute is findable at once, on every node.
-- Who may see a row is not kept here: each search joins the record itself and applies the pages' own rules.
alter table attachment add column extracted_text text;

create table search_doc (
    kind      varchar(20) not null,
    record_id bigint      not null,
    body_id   bigint,
    on_date   date,
    title     text        not null default '',
    content   text        not null default '',
    tsv       tsvector generated always as (
                  setweight(to_tsvector('english', coalesce(title, '')), 'A')
                  || setweight(to_tsvector('english', left(coalesce(content, ''), 500000)), 'B')) stored,
    primary key (kind, record_id)
);
create index search_doc_tsv_idx on search_doc using gin (tsv);
create index search_doc_body_idx on search_doc (kind, body_id, on_date);

create function search_put(p_kind varchar, p_id bigint, p_body bigint, p_on date, p_title text, p_content text)
returns void language sql as $$
    insert into search_doc (kind, record_id, body_id, on_date, title, content)
    values (p_kind, p_id, p_body, p_on, coalesce(p_title, ''), coalesce(p_content, ''))
    on conflict (kind, record_id) do update
        set body_id = excluded.body_id, on_date = excluded.on_date, title = excluded.title, content = excluded.content
$$;

create function search_drop(p_kind varchar, p_id bigint) returns void language sql as $$
    delete from search_doc where kind = p_kind and record_id = p_id
$$;

-- Each kind's row, rebuilt from the record (and what it is part of) by id.
create function search_body(p_id bigint) returns void language sql as $$
    select search_put('BODY', b.id, b.id, null, b.name || ' (' || b.short_name || ')', b.terms_of_reference)
    from body b where b.id = p_id
$$;
create function search_meeting(p_id bigint) returns void language sql as $$
    select search_put('MEETING', m.id, m.body_id, (m.starts_at at time zone 'Europe/London')::date,
                      b.name || ', ' || to_char(m.starts_at at time zone 'Europe/London', 'FMDD FMMonth YYYY'),
                      concat_ws(' ', m.venue, m.status_reason))
    from meeting m join body b on b.id = m.body_id where m.id = p_id
$$;
create function search_item(p_id bigint) returns void language sql as $$
    select search_put('ITEM', i.id, m.body_id, (m.starts_at at time zone 'Europe/London')::date, i.title,
                      concat_ws(' ', i.item_number, i.presenter, i.urgency_reason))
    from agenda_item i join meeting m on m.id = i.meeting_id where i.id = p_id
$$;
create function search_paper(p_id bigint) returns void language sql as $$
    select search_put('PAPER', p.id, m.body_id, p.report_date, p.title,
                      concat_ws(' ', p.report_of, p.submitted_to, p.strategic_priority, p.summary, p.recommendations,
                                p.background_papers,
                                (select string_agg(a.extracted_text, ' ' order by a.id) from attachment a
                                 where a.paper_id = p.id and not a.superseded)))
    from paper p join agenda_item i on i.id = p.item_id join meeting m on m.id = i.meeting_id where p.id = p_id
$$;
create function search_minute(p_id bigint) returns void language sql as $$
    select search_put('MINUTE', n.id, m.body_id, (m.starts_at at time zone 'Europe/London')::date, i.title,
                      regexp_replace(n.text_html, '<[^>]*>', ' ', 'g'))
    from minute n join agenda_item i on i.id = n.item_id join meeting m on m.id = i.meeting_id where n.id = p_id
$$;
create function search_decision(p_id bigint) returns void language sql as $$
    select search_put('DECISION', d.id, m.body_id, (m.starts_at at time zone 'Europe/London')::date, i.title, d.text)
    from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = i.meeting_id where d.id = p_id
$$;
create function search_action(p_id bigint) returns void language sql as $$
    select search_put('ACTION', a.id, a.body_id, a.due_on, a.reference || ' ' || a.title, a.description)
    from action a where a.id = p_id
$$;
create function search_update(p_id bigint) returns void language sql as $$
    select search_put('UPDATE', u.id, a.body_id, u.written_on, a.reference || ' ' || a.title,
                      concat_ws(' ', u.progress, u.impact))
    from action_update u join action a on a.id = u.action_id where u.id = p_id
$$;
create function search_topic(p_id bigint) returns void language sql as $$
    select search_put('TOPIC', t.id, t.body_id, t.report_published_on, t.title,
                      concat_ws(' ', t.reason, t.terms_of_reference, t.report_summary))
    from wp_topic t where t.id = p_id
$$;
create function search_recommendation(p_id bigint) returns void language sql as $$
    select search_put('RECOMMENDATION', r.id, t.body_id, t.report_published_on, t.title, r.text)
    from wp_recommendation r join wp_topic t on t.id = r.topic_id where r.id = p_id
$$;
create function search_finding(p_id bigint) returns void language sql as $$
    select search_put('FINDING', f.id, s.body_id, s.starts_on, s.title, f.text)
    from inspection_finding f join inspection s on s.id = f.inspection_id where f.id = p_id
$$;

-- The triggers: a changed record rebuilds its row; a deleted one drops it. A meeting's, an item's or a paper's change
-- also reaches the rows whose dates or titles come from it.
create function search_sync() returns trigger language plpgsql as $$
declare
    k varchar := tg_argv[0];
begin
    if tg_op = 'DELETE' then
        perform search_drop(k, old.id);
        return old;
    end if;
    case k
        when 'BODY' then perform search_body(new.id);
        when 'MEETING' then
            perform search_meeting(new.id);
            if tg_op = 'UPDATE' and old.starts_at is distinct from new.starts_at then
                perform search_item(i.id) from agenda_item i where i.meeting_id = new.id;
                perform search_minute(n.id) from minute n join agenda_item i on i.id = n.item_id
                    where i.meeting_id = new.id;
                perform search_decision(d.id) from decision d join agenda_item i on i.id = d.item_id
                    where i.meeting_id = new.id;
            end if;
        when 'ITEM' then
            perform search_item(new.id);
            if tg_op = 'UPDATE' and old.title is distinct from new.title then
                perform search_minute(n.id) from minute n where n.item_id = new.id;
                perform search_decision(d.id) from decision d where d.item_id = new.id;
            end if;
        when 'PAPER' then perform search_paper(new.id);
        when 'ATTACHMENT' then perform search_paper(new.paper_id);
        when 'MINUTE' then perform search_minute(new.id);
        when 'DECISION' then perform search_decision(new.id);
        when 'ACTION' then
            perform search_action(new.id);
            if tg_op = 'UPDATE' and (old.title is distinct from new.title or old.reference is distinct from new.reference) then
                perform search_update(u.id) from action_update u where u.action_id = new.id;
            end if;
        when 'UPDATE' then perform search_update(new.id);
        when 'TOPIC' then
            perform search_topic(new.id);
            perform search_recommendation(r.id) from wp_recommendation r where r.topic_id = new.id;
        when 'RECOMMENDATION' then perform search_recommendation(new.id);
        when 'FINDING' then perform search_finding(new.id);
    end case;
    return new;
end
$$;

create trigger body_search after insert or update or delete on body
    for each row execute function search_sync('BODY');
create trigger meeting_search after insert or update or delete on meeting
    for each row execute function search_sync('MEETING');
create trigger agenda_item_search after insert or update or delete on agenda_item
    for each row execute function search_sync('ITEM');
create trigger paper_search after insert or update or delete on paper
    for each row execute function search_sync('PAPER');
create trigger attachment_search after insert or update of superseded, extracted_text on attachment
    for each row execute function search_sync('ATTACHMENT');
create trigger minute_search after insert or update or delete on minute
    for each row execute function search_sync('MINUTE');
create trigger decision_search after insert or update or delete on decision
    for each row execute function search_sync('DECISION');
create trigger action_search after insert or update or delete on action
    for each row execute function search_sync('ACTION');
create trigger action_update_search after insert or update or delete on action_update
    for each row execute function search_sync('UPDATE');
create trigger wp_topic_search after insert or update or delete on wp_topic
    for each row execute function search_sync('TOPIC');
create trigger wp_recommendation_search after insert or update or delete on wp_recommendation
    for each row execute function search_sync('RECOMMENDATION');
create trigger inspection_finding_search after insert or update or delete on inspection_finding
    for each row execute function search_sync('FINDING');

-- What is already there.
select search_body(id) from body;
select search_meeting(id) from meeting;
select search_item(id) from agenda_item;
select search_paper(id) from paper;
select search_minute(id) from minute;
select search_decision(id) from decision;
select search_action(id) from action;
select search_update(id) from action_update;
select search_topic(id) from wp_topic;
select search_recommendation(id) from wp_recommendation;
select search_finding(id) from inspection_finding;
