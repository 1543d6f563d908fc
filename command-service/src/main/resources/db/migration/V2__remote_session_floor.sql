-- Per account, the moment before which every remote session has ended (projected from RemoteSessionsEnded):
-- a safety-code reset, change or lock, a trusted-phone change, a deactivation or a device removal.
create table remote_session_floor (
    account_id  text primary key,
    valid_from  timestamptz not null,
    reason      text        not null,
    changed_at  timestamptz not null
);
