-- One row per OtpRequested (request_id = the event's requestId): the challenge and what became of its SMS.
-- The code itself is never stored, only code_mac = HMAC-SHA256(otp.hmac-secret, requestId:code).
create table otp_challenge (
    request_id       uuid primary key,
    account_id       text        not null,
    phone            text        not null,
    purpose          text        not null,
    code_length      int         not null,
    code_mac         bytea,                 -- null when no code was generated (THROTTLED)
    status           text        not null,  -- SENDING, SENT, FAILED, THROTTLED
    reason           text,                  -- why THROTTLED or FAILED
    provider_message text,                  -- what the SMS provider said when it refused
    attempts_left    int         not null,
    requested_at     timestamptz not null,  -- the event's "at": cooldown and hourly limits count with it
    expires_at       timestamptz not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    used_at          timestamptz            -- set by the one VALID check
);

-- the sending limits count recent non-throttled requests per phone and per account
create index otp_challenge_phone_requested on otp_challenge (phone, requested_at);
create index otp_challenge_account_requested on otp_challenge (account_id, requested_at);
create index otp_challenge_expires on otp_challenge (expires_at);

-- The local SMS inbox (provider "local"): stands for the driver's phone in local runs and tests.
create table sms_inbox (
    id         bigserial primary key,
    to_phone   text        not null,
    body       text        not null,
    sent_at    timestamptz not null
);

create index sms_inbox_phone_sent on sms_inbox (to_phone, sent_at desc, id desc);
