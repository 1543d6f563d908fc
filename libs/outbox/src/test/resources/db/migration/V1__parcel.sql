-- The test application's own state, changed in the same transaction as the outbox events.
create table parcel (
    id    uuid primary key,
    label text not null
);
