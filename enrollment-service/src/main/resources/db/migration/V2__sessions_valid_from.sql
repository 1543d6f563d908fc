-- Remote sessions of the account issued before this moment have ended (RemoteSessionsEnded); new ones are issued
-- at or after it.
alter table account_profile add column sessions_valid_from timestamptz;
