-- A number that changes whenever what a person may see could change: their account (enabled, roles, agency, name),
-- their agency's name, or any of their seats. Each request reads it with the account check; a node keeps the
-- person's seats against it and reads them again only when it has moved, so a change made through any node counts
-- on every node from the next request.
alter table person add column access_stamp bigint not null default 0;

create function person_access_stamp() returns trigger language plpgsql as $$
begin
    if (new.enabled, new.system_admin, new.agency_admin, new.agency_id, new.username)
            is distinct from (old.enabled, old.system_admin, old.agency_admin, old.agency_id, old.username) then
        new.access_stamp := old.access_stamp + 1;
    end if;
    return new;
end $$;

create trigger person_access_stamp before update on person
    for each row execute function person_access_stamp();

create function membership_access_stamp() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update person set access_stamp = access_stamp + 1 where id = old.person_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.person_id <> old.person_id) then
        update person set access_stamp = access_stamp + 1 where id = new.person_id;
    end if;
    return null;
end $$;

create trigger membership_access_stamp after insert or update or delete on membership
    for each row execute function membership_access_stamp();

create function agency_access_stamp() returns trigger language plpgsql as $$
begin
    if new.name is distinct from old.name then
        update person set access_stamp = access_stamp + 1 where agency_id = new.id;
    end if;
    return null;
end $$;

create trigger agency_access_stamp after update on agency
    for each row execute function agency_access_stamp();
