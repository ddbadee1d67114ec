-- Creates Keycloak's own role and database next to the application database.
-- Run once by the postgres image's entrypoint, as the superuser POSTGRES_USER,
-- only when the data volume is empty (first start). To re-run: docker compose down -v.
--
-- The password is not written here: psql reads it from the container environment
-- (KEYCLOAK_DB_PASSWORD, set in compose.yaml from .env). \getenv needs psql >= 15.
\getenv keycloak_db_password KEYCLOAK_DB_PASSWORD
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_db_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8';
