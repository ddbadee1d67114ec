-- One work-queue mechanism (cn.techmarket.queue.WorkQueue): a row that keeps failing is parked, not retried forever.
-- A parked row stays for a person to look at; claims skip it. (Mail rows park as mail_status = 'FAILED'.)
alter table search_outbox add column parked_at timestamptz;
alter table subscription_event add column parked_at timestamptz;
create index search_outbox_waiting_idx on search_outbox (process_after, id) where parked_at is null;
create index subscription_event_waiting_idx on subscription_event (process_after) where parked_at is null;
create index notification_mail_failed_idx on notification (id) where mail_status = 'FAILED';
