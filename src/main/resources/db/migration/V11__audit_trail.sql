-- The audit trail (api.md "Audit"): one entry per change, chained by SHA-256 over the previous entry's hash and
-- the entry's canonical form, so a changed, removed or inserted entry breaks the chain from there on. Entries are
-- appended in the transaction of the change; the head row holds the last number and hash, and its row lock orders
-- the appends of concurrent transactions (and of two nodes). UPDATE and DELETE are refused by a trigger (V11_1).
create table audit_entry (
    seq           bigint        not null primary key,
    at            timestamp with time zone not null,
    who           varchar(200)  not null,
    action        varchar(60)   not null,
    case_number   varchar(40),
    detail        varchar(20000) not null,
    previous_hash char(64)      not null,
    hash          char(64)      not null
);

create index audit_entry_case on audit_entry (case_number, seq);
create index audit_entry_at on audit_entry (at, seq);
create index audit_entry_who on audit_entry (who, seq);

create table audit_head (
    id   int      not null primary key,
    seq  bigint   not null,
    hash char(64) not null
);

insert into audit_head (id, seq, hash) values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
