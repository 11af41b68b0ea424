-- purpose: stock-status heat map inputs from the staging model: per reporting unit and month, each item's carried
--          stock at the month end (or at $as_of in its month) and the month's blangko use, adjusted burn rate and
--          stocked-out days
-- grain:   one row per member unit × month for the $months months ending with $as_of's month (units without any
--          staging day up to $as_of are absent)
-- params:  $members (region codes of reporting units), $as_of (date), $months (int)
-- note:    flows count rows ending on or before $as_of; burn_rate_per_day = use on days not stocked out / those days.
with members as (
    select distinct unnest($members::varchar[]) as region_code
),
bounds as (
    select (date_trunc('month', $as_of::date) - to_months($months::int - 1))::date as lo, $as_of::date as hi
),
months as (
    select m::date as month
    from bounds b, unnest(generate_series(b.lo, b.hi, interval 1 month)) as g(m)
),
staged as (
    select s.region_code, s.item, s.day, s.row_end, s.consumption, s.stocked_out, s.stock_end
    from staging_unit_day s
    semi join members m on m.region_code = s.region_code
    where s.day <= $as_of::date
),
use as (
    select s.region_code, date_trunc('month', s.day)::date as month,
           sum(s.consumption) as consumption,
           sum(s.consumption) filter (where not s.stocked_out)
               / nullif(count(*) filter (where not s.stocked_out), 0) as burn_rate_per_day,
           count(*) filter (where s.stocked_out) as stockout_days
    from staged s cross join bounds b
    where s.item = 'blangko' and s.row_end <= b.hi and s.day >= b.lo
    group by all
),
month_last as (
    select s.region_code, s.item, date_trunc('month', s.day)::date as month, arg_max(s.stock_end, s.day) as stock
    from staged s cross join bounds b
    where s.day >= b.lo
    group by all
),
before as (
    select s.region_code, s.item, arg_max(s.stock_end, s.day) as stock
    from staged s cross join bounds b
    where s.day < b.lo
    group by all
),
seen as (
    select region_code, item from month_last union select region_code, item from before
),
carried as (
    select s.region_code, s.item, mo.month,
           coalesce(last_value(c.stock ignore nulls) over (
                        partition by s.region_code, s.item order by mo.month
                        rows between unbounded preceding and current row), b.stock) as stock
    from seen s
    cross join months mo
    left join month_last c on c.region_code = s.region_code and c.item = s.item and c.month = mo.month
    left join before b on b.region_code = s.region_code and b.item = s.item
),
final as (
    select region_code, month,
           max(stock) filter (where item = 'blangko') as stock_end,
           max(stock) filter (where item = 'ribbon') as ribbon_end,
           max(stock) filter (where item = 'film') as film_end
    from carried
    group by region_code, month
)
select f.region_code, f.month, f.stock_end::bigint as stock_end, f.ribbon_end::bigint as ribbon_end,
       f.film_end::bigint as film_end, u.consumption::double as consumption,
       u.burn_rate_per_day::double as burn_rate_per_day, coalesce(u.stockout_days, 0)::bigint as stockout_days
from final f
left join use u on u.region_code = f.region_code and u.month = f.month
order by f.region_code, f.month
