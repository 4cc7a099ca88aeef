-- Count conditions (有效发明专利 ≥ 3项, issue 15): policy texts count patents, trademarks and copyrights in 项,
-- and reasons quote the catalogue's unit, so the seeded numeric kinds use 项 too.
update qualification set count_unit = '项', updated_at = now() where count_unit = '件';
