-- Data an enterprise declares about itself for policy matching (B2): its R&D spending as a share of revenue
-- and its tax credit grade (纳税信用等级, published yearly by the tax authority). Both optional; null stays
-- UNKNOWN in matching. Declared, not verified: reasons say so, and applications are checked by their materials.
alter table enterprise
  add column rd_ratio numeric(5,2) check (rd_ratio between 0 and 100),
  add column tax_credit_grade text check (tax_credit_grade in ('A', 'B', 'M', 'C', 'D'));
