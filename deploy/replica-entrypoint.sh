#!/bin/bash
# The streaming replica: on an empty volume, copy the primary with pg_basebackup (-R writes standby.signal and
# the connection to follow); then run PostgreSQL as a hot standby.
set -euo pipefail
export PGDATA=/var/lib/postgresql/data
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
  until PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup -h db -U replicator -D "$PGDATA" -R -X stream -P; do
    echo "waiting for the primary ..."; sleep 2
  done
fi
exec gosu postgres postgres -c hot_standby=on
