-- Commands on their way to a car, from arrival to their terminal status (kept a while after for idempotency).
create table in_flight_command (
    command_id   uuid primary key,
    vin          varchar(17)  not null,
    account_id   varchar(255) not null,
    type         varchar(20)  not null,
    expires_at   timestamptz  not null,
    -- the vehicles/{vin}/commands payload byte for byte: the signature covers its instants at full precision
    message      text         not null,
    stage        varchar(20)  not null,
    outcome      varchar(20),
    published_at timestamptz,
    received_at  timestamptz  not null,
    updated_at   timestamptz  not null
);

create index in_flight_command_open_by_vin on in_flight_command (vin, stage) where stage <> 'FINISHED';
create index in_flight_command_open_by_deadline on in_flight_command (expires_at) where stage <> 'FINISHED';
create index in_flight_command_finished on in_flight_command (updated_at) where stage = 'FINISHED';

-- What the bridge knows of each car: its last presence and the time of its last state report.
create table vehicle (
    vin         varchar(17) primary key,
    presence    varchar(10),
    presence_at timestamptz,
    state_at    timestamptz,
    updated_at  timestamptz not null
);

-- Wake-ups sent per car and calendar month (UTC, 'YYYY-MM'): they drain the 12 V battery, so they are capped.
create table wake_up_count (
    vin      varchar(17) not null,
    month    char(7)     not null,
    wake_ups integer     not null,
    primary key (vin, month)
);
