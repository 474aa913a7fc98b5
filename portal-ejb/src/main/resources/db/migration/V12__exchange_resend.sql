-- A message that failed for good can be sent again by the chamber or the tenant administrator:
-- its retries then count from that moment (the give-up deadline starts again), with the same
-- message id, so the partner still recognises a copy it may already hold.
alter table exchange_message add column retry_since timestamptz;
alter table exchange_message add column resent_by varchar(255);
