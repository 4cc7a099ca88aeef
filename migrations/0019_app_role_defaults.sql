-- Least privilege for the application role (granted by the migrator after migrations, server/db/roles.ts):
-- nobody but the owner may create objects in the public schema (PostgreSQL < 15 let every role do so).
revoke create on schema public from public;
