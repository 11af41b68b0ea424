-- purpose: fill the region reference from the frame dashboard.store.migrations registers as regions_in
-- grain:   one row per province and kab/kota
-- params:  none (reads the registered frame regions_in: code, name, level, parent_code, province_code)
insert into regions select code, name, level, parent_code, province_code from regions_in
