-- Policy push, part 3: a policy reaches a subscription at most once per channel, whatever the frequency
-- changes; and uploads never attached are swept by a recurring job.

-- Which notifications a digest carried on its channel. With the immediate outbox (notification_delivery)
-- this is the record of what already reached the subscription on a channel: a digest takes only the
-- notifications found in neither. The key makes "once per channel" hold even against a duplicated job.
create table policy_digest_item (
  notification_id uuid not null references notification(id),
  channel text not null check (channel in ('EMAIL', 'SMS')),
  digest_id uuid not null references policy_digest(id),
  primary key (notification_id, channel)
);
create index policy_digest_item_digest_idx on policy_digest_item(digest_id);

-- What the digests sent so far carried: the notifications of their subscription within their period.
insert into policy_digest_item (notification_id, channel, digest_id)
select n.id, d.channel, d.id
  from policy_digest d join notification n on n.subscription_id = d.subscription_id and n.created_at >= d.period_start and n.created_at < d.period_end
on conflict do nothing;

-- A daily and a weekly period can start at the same instant (Monday 00:00) when the frequency changed;
-- both digests must be written, so the period is identified by its start and end.
alter table policy_digest drop constraint policy_digest_subscription_id_period_start_channel_key;
alter table policy_digest add constraint policy_digest_period_key unique (subscription_id, period_start, period_end, channel);

-- The digest looks up a subscription's notifications of a period, and whether each went out at once.
create index notification_subscription_idx on notification(subscription_id, created_at) where subscription_id is not null;
create index notification_delivery_notification_idx on notification_delivery(notification_id, channel);

-- The sweep of uploads never attached reads them by age.
create index policy_upload_created_idx on policy_upload(created_at);
