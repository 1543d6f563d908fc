-- Transactional outbox: events written in the same transaction as the state change they announce,
-- relayed to Kafka (then deleted) by dev.remotecommands.outbox.relay.OutboxRelay.
create table outbox (
    id          bigint generated always as identity primary key, -- publishing order
    event_id    uuid         not null unique,                    -- ce_id
    topic       varchar(249) not null,
    record_key  text         not null,
    payload     text         not null,                           -- JSON exactly as the service wrote it
    ce_type     text         not null,
    ce_source   text         not null,
    ce_subject  text         not null,
    ce_time     timestamptz  not null,
    created_at  timestamptz  not null default now()
);
