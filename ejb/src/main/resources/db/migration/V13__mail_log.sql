-- What each sent message was called and where it went, for the administrators' mail log.
alter table notification add column subject varchar(300);
alter table notification add column recipient varchar(320);
