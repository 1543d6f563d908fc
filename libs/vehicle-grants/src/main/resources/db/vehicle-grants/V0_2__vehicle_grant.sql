-- Who may command which car, as the enrollment events say (dev.remotecommands.grants.VehicleGrantRepository): one
-- row per (vin, account, device). device_id '' stands for an enrollment that named no device; the row with
-- device_id '*' remembers when the account's whole enrollment for the car was revoked, so that an older
-- EnrollmentCompleted arriving late cannot enable the car again. changed_at is the event's time: an older event
-- never overrides a newer one, so replays and out-of-order topics are harmless.
-- Version 0.2: the libraries' tables come before the services' own migrations (V1...); the outbox has 0.1.
create table vehicle_grant (
    vin        varchar(17) not null,
    account_id text        not null,
    device_id  text        not null,
    enabled    boolean     not null,
    changed_at timestamptz not null,
    primary key (vin, account_id, device_id)
);
