-- Outcomes of column needs for the statistics (F5, T4): the amount actually financed (reported by the
-- enterprise when it completes a financing need) and the requester's rating (1–5) when it closes a need.
alter table column_need add column amount_financed numeric(14, 2) check (amount_financed > 0);
alter table column_need add column rating smallint check (rating between 1 and 5);

alter table column_need_monthly add column amount_financed numeric(18, 2) not null default 0;
alter table column_need_monthly add column rated int not null default 0;
alter table column_need_monthly add column rating_sum int not null default 0;

-- Same as 0006 plus the three figures above.
create or replace function column_need_monthly_apply() returns trigger language plpgsql as $$
declare
  was int := 0;
  r text;
  ind text;
begin
  if tg_op = 'UPDATE' then
    was := 1;
  end if;
  foreach r in array array[new.region_code, '*'] loop
    foreach ind in array array[new.industry_code, '*'] loop
      insert into column_need_monthly as m (site_id, "column", month, region_code, industry_code,
          received, matched, answered, answered_in_sla, completed, amount, headcount, amount_financed, rated, rating_sum)
      values (new.site_id, new."column", date_trunc('month', new.created_at at time zone 'Asia/Shanghai')::date, r, ind,
          1 - was,
          (new.matched)::int - case when was = 1 then (old.matched)::int else 0 end,
          (new.first_replied_at is not null)::int - case when was = 1 then (old.first_replied_at is not null)::int else 0 end,
          (coalesce(new.first_replied_at <= new.first_reply_due, false))::int
            - case when was = 1 then (coalesce(old.first_replied_at <= old.first_reply_due, false))::int else 0 end,
          (new.status = 'COMPLETED')::int - case when was = 1 then (old.status = 'COMPLETED')::int else 0 end,
          coalesce(new.amount, 0) - case when was = 1 then coalesce(old.amount, 0) else 0 end,
          coalesce(new.headcount, 0) - case when was = 1 then coalesce(old.headcount, 0) else 0 end,
          coalesce(new.amount_financed, 0) - case when was = 1 then coalesce(old.amount_financed, 0) else 0 end,
          (new.rating is not null)::int - case when was = 1 then (old.rating is not null)::int else 0 end,
          coalesce(new.rating, 0) - case when was = 1 then coalesce(old.rating, 0) else 0 end)
      on conflict (site_id, "column", month, region_code, industry_code) do update set
          received = m.received + excluded.received,
          matched = m.matched + excluded.matched,
          answered = m.answered + excluded.answered,
          answered_in_sla = m.answered_in_sla + excluded.answered_in_sla,
          completed = m.completed + excluded.completed,
          amount = m.amount + excluded.amount,
          headcount = m.headcount + excluded.headcount,
          amount_financed = m.amount_financed + excluded.amount_financed,
          rated = m.rated + excluded.rated,
          rating_sum = m.rating_sum + excluded.rating_sum;
    end loop;
  end loop;
  return null;
end $$;

drop trigger column_need_monthly_trg on column_need;
create trigger column_need_monthly_trg after insert or update of matched, first_replied_at, status, amount, headcount, amount_financed, rating
  on column_need for each row execute function column_need_monthly_apply();

create or replace function column_need_monthly_rebuild() returns void language sql as $$
  delete from column_need_monthly;
  insert into column_need_monthly (site_id, "column", month, region_code, industry_code,
      received, matched, answered, answered_in_sla, completed, amount, headcount, amount_financed, rated, rating_sum)
  select site_id, "column", m, case when grouping(region_code) = 1 then '*' else region_code end,
         case when grouping(industry_code) = 1 then '*' else industry_code end,
         count(*), count(*) filter (where matched), count(*) filter (where first_replied_at is not null),
         count(*) filter (where first_replied_at <= first_reply_due), count(*) filter (where status = 'COMPLETED'),
         coalesce(sum(amount), 0), coalesce(sum(headcount), 0), coalesce(sum(amount_financed), 0),
         count(rating), coalesce(sum(rating), 0)
    from (select *, date_trunc('month', created_at at time zone 'Asia/Shanghai')::date as m from column_need) n
   group by grouping sets ((site_id, "column", m, region_code, industry_code), (site_id, "column", m, region_code),
                           (site_id, "column", m, industry_code), (site_id, "column", m));
$$;
