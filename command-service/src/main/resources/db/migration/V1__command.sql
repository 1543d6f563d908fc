create table command (
    id               uuid        primary key,
    vin              varchar(17) not null,
    account_id       text        not null,
    type             varchar(20) not null,
    status           varchar(20) not null,
    failure_cause    varchar(40),
    idempotency_key  uuid        not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    expires_at       timestamptz not null,
    signature        text        not null,
    constraint command_idempotency_key unique (account_id, idempotency_key)
);

-- At most one command in flight per car and type, race-safe across instances.
create unique index command_one_in_flight on command (vin, type)
    where status in ('ACCEPTED', 'WAKING_UP_VEHICLE', 'SENT_TO_VEHICLE');

-- Rate limits and the vehicle's command list read recent commands of one car.
create index command_vin_type_created on command (vin, type, created_at);
create index command_account_vin_created on command (account_id, vin, created_at desc);

-- The watchdog looks for pending commands past their deadline.
create index command_pending_expiry on command (expires_at)
    where status in ('ACCEPTED', 'WAKING_UP_VEHICLE', 'SENT_TO_VEHICLE');

create table command_history (
    id             bigserial   primary key,
    command_id     uuid        not null references command (id),
    status         varchar(20) not null,
    failure_cause  varchar(40),
    at             timestamptz not null
);

create index command_history_command on command_history (command_id, id);

-- Last known condition of each car; null columns are not known yet. The car reports its condition (doors,
-- ignition, privacy mode) and its presence separately, and the two can arrive out of order: each kind keeps
-- the time of its own latest report, so a late report of one kind never hides a report of the other.
create table vehicle_state (
    vin           varchar(17) primary key,
    doors         varchar(10),
    ignition      varchar(10),
    privacy_mode  varchar(10),
    presence      varchar(10),
    condition_at  timestamptz,
    presence_at   timestamptz,
    reported_at   timestamptz not null
);
