-- The claim takes a command's earliest queued change only (per-command order), looked up by this index.
create index webhook_delivery_command on webhook_delivery (command_id, client_id, sequence);
