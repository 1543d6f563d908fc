-- The OIDC client (the token's azp) a command was sent through: its webhook, if any, hears the command's changes.
alter table command add column client_id text;

-- One webhook per client (the BFF), registered by the client itself. The secret is kept as given: it signs.
create table webhook (
    client_id      text        primary key,
    url            text        not null,
    secret         text        not null,
    registered_at  timestamptz not null
);

-- Status changes still to deliver, fed in the transaction of the change (trigger below); a worker outside the
-- command path claims due rows (leased_until) and deletes them once delivered or parked.
create table webhook_delivery (
    event_id       uuid        primary key,
    client_id      text        not null references webhook (client_id) on delete cascade,
    command_id     uuid        not null,
    sequence       bigint      not null,
    status         varchar(20) not null,
    failure_cause  varchar(40),
    at             timestamptz not null,
    leased_until   timestamptz
);

create index webhook_delivery_due on webhook_delivery (leased_until, sequence);

-- Deliveries that failed for the whole retry time, for an operator to list and re-send (same event id).
create table webhook_dead_letter (
    event_id       uuid        primary key,
    client_id      text        not null,
    command_id     uuid        not null,
    sequence       bigint      not null,
    status         varchar(20) not null,
    failure_cause  varchar(40),
    at             timestamptz not null,
    last_error     text        not null,
    parked_at      timestamptz not null
);

-- A trigger, so that every writer of command_history (accept, acks, watchdog) feeds the webhook without a line of
-- its own, in its own transaction; commands of clients without a webhook cost one index look-up.
create function enqueue_webhook_delivery() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery (event_id, client_id, command_id, sequence, status, failure_cause, at)
    select gen_random_uuid(), w.client_id, new.command_id, new.id, new.status, new.failure_cause, new.at
    from command c join webhook w on w.client_id = c.client_id
    where c.id = new.command_id;
    return null;
end
$$;

create trigger command_history_webhook after insert on command_history
    for each row execute function enqueue_webhook_delivery();
