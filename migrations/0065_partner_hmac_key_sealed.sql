-- The HMAC-SM3 key of a partner's secret is sealed at rest under the data key (server/common/sealed.ts), like
-- TOTP seeds: the key never enters the database, so a dump or a backup cannot sign requests. Keys stored in
-- clear before this migration are sealed once at start (partner module) and their clear column emptied.
alter table api_client_secret add column hmac_key_sealed text;
alter table api_client_secret alter column hmac_key drop not null;
alter table api_client_secret add constraint api_client_secret_hmac_key_one check (hmac_key is not null or hmac_key_sealed is not null);
