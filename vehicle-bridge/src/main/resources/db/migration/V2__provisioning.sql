-- The retained vehicles/{vin}/provisioning message each car should have: wanted_version grows with every grant
-- change (in the same transaction), published_version is the last one that reached the broker. The sweep publishes
-- again whatever is wanted but not yet published.
create table provisioning (
    vin               varchar(17) primary key,
    wanted_version    bigint      not null,
    published_version bigint      not null default 0,
    wanted_at         timestamptz not null
);

create index provisioning_unpublished on provisioning (wanted_at) where published_version < wanted_version;

-- Pairing reports already turned into VehiclePairingReported: a QoS 1 redelivery of the same report is not announced
-- twice. Forgotten after bridge.finished-retention.
create table pairing_report (
    vin         varchar(17)  not null,
    challenge   varchar(255) not null,
    device_id   varchar(255) not null,
    reported_at timestamptz  not null,
    received_at timestamptz  not null,
    primary key (vin, challenge, device_id, reported_at)
);

create index pairing_report_received on pairing_report (received_at);
