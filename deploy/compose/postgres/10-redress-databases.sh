#!/bin/bash
# Runs once, on the first start of the postgres container (empty data volume), from
# /docker-entrypoint-initdb.d: one database and one login per Redress service, and one for Keycloak.
# Each login owns its database and can connect to no other ("a service never reads another
# service's database"). Passwords come from the container's environment (compose.yaml), never from
# this file.
set -euo pipefail

create_database() { # DATABASE LOGIN PASSWORD
    psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
        --set=db="$1" --set=login="$2" --set=password="$3" <<'SQL'
CREATE ROLE :"login" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"login";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"login";
SQL
}

create_database redress_complaints complaints "${REDRESS_COMPLAINTS_DB_PASSWORD:?}"
create_database redress_cases cases "${REDRESS_CASES_DB_PASSWORD:?}"
create_database redress_notifications notifications "${REDRESS_NOTIFICATIONS_DB_PASSWORD:?}"
create_database keycloak keycloak "${REDRESS_KEYCLOAK_DB_PASSWORD:?}"
