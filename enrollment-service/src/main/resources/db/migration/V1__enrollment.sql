-- Vehicles registered to an account and the account's remote-commands subscription for each.
-- A VIN may belong to several accounts (a family car): only the in-car pairing proves the right to command it.
create table vehicle (
    id                uuid primary key,
    account_id        text        not null,
    vin               varchar(17) not null,
    nickname          text,
    registered_at     timestamptz not null,
    -- NONE, ACTIVATED (certification running), PAIRED (EnrollmentCompleted emitted), REVOKED
    subscription      text        not null,
    terms_version     text,
    terms_accepted_at timestamptz,
    preferences       jsonb,
    activated_at      timestamptz,
    paired_at         timestamptz,
    revoked_at        timestamptz,
    constraint vehicle_account_vin unique (account_id, vin)
);

-- Account-level certification state: trusted phone and safety code (keyed hash only) with its lockout.
create table account_profile (
    account_id             text primary key,
    trusted_phone          text,
    pending_phone          text,
    safety_code_hash       text,
    safety_failed_attempts int  not null default 0,
    safety_lock_level      int  not null default 0,
    safety_locked_until    timestamptz
);

-- Every one-time code requested from otp-service (OtpRequested); only the newest of a purpose (and device) counts.
create table code_request (
    request_id      uuid primary key,
    account_id      text        not null,
    purpose         text        not null,
    device_id       text,
    phone           text        not null,
    code_length     int         not null,
    requested_at    timestamptz not null,
    expires_at      timestamptz not null,
    verified_at     timestamptz,
    delivery_status text,
    delivery_reason text,
    delivery_at     timestamptz
);
create index code_request_newest on code_request (account_id, purpose, device_id, requested_at desc);

-- Smartphones of an account: PENDING until the 9-digit code is verified, then REGISTERED.
create table device (
    id            uuid primary key,
    account_id    text        not null,
    device_id     text        not null,
    name          text        not null,
    status        text        not null,
    created_at    timestamptz not null,
    registered_at timestamptz,
    constraint device_account_device unique (account_id, device_id)
);

-- Which registered device was paired in which car (EnrollmentCompleted emitted for it).
create table vehicle_device (
    id          uuid primary key,
    account_id  text        not null,
    vin         varchar(17) not null,
    device_id   text        not null,
    enrolled_at timestamptz not null,
    constraint vehicle_device_unique unique (account_id, vin, device_id)
);

-- Step 3: a challenge the phone hands to the car over Bluetooth; the car reports it back (VehiclePairingReported).
create table pairing_session (
    id           uuid primary key,
    account_id   text        not null,
    vin          varchar(17) not null,
    device_id    text        not null,
    challenge    text        not null unique,
    status       text        not null,
    reason       text,
    created_at   timestamptz not null,
    expires_at   timestamptz not null,
    finished_at  timestamptz
);
create index pairing_session_vehicle on pairing_session (account_id, vin, status);
