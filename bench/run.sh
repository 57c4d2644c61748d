#!/usr/bin/env bash
# Rapport benchmarks: startup time and memory against a bare Spring Boot baseline, and API
# throughput against a constant endpoint on the same server, on SQLite and (when it answers on
# 127.0.0.1:5432) PostgreSQL. Prints markdown; a copy goes to $WORK/results.md.
# Not a test: nothing here runs in the Maven build. See docs/benchmarks.md.
#
# Knobs (environment): RUNS=5 startup launches per jar; PEOPLE=30000; THREADS=8; WARMUP=10 and
# DURATION=20 seconds per endpoint; ROUNDS=3; SKIP_BUILD=1 reuses the jars; PG=0 skips PostgreSQL;
# ONLY=paths is the warm-introduction paths on a generated network (SIZE=L by default; PATH_SAMPLES=300
# targets after PATH_WARMUP=100) against JGraphT and a recursive CTE on the same ties. MEMBER_TIES=tiers
# gives the baselines the member's ties from the closeness tier instead of reading every strength
# through the API (slow at L); CTE_JDBC=url,... also runs the CTE on other databases (e.g. an empty
# PostgreSQL one while the server runs on SQLite).
# ONLY=startup|api|pages|suggestions runs one part (suggestions: SUGGESTION_ENCOUNTERS=300000
# encounters written after the seed, SAMPLES requests). ONLY=pages is the web pages' server time (a person's page
# with ENCOUNTERS=500 encounters, the people list), one request at a time: PAGE_WARMUP=200 and
# SAMPLES=500 requests per page, Q=jo for the search. "all" runs startup and api, not pages.
# ONLY=search generates the M network (NetworkGenerator, SIZE=M) and compares GET /api/v1/search
# with a raw Lucene IndexSearcher on the server's own index: SEARCH_WARMUP=300, SEARCH_SAMPLES=1000
# (SQLITE=0 runs PostgreSQL only; also for ONLY=paths, suggestions, strength and the other API parts).
# ONLY=strength times the people list sorted by strength after STRENGTH_ENCOUNTERS=100000 encounters
# (STRENGTH_WARMUP=50, STRENGTH_SAMPLES=300 requests per line).
# ONLY=backup times the JSON backup's export and restore against raw JDBC (ROUNDS rounds each).
# ONLY=imports: a LinkedIn file of IMPORT_ROWS=30000 rows imported end to end against a raw JDBC batch
# insert of the same rows (IMPORT_ROUNDS=3, median), then IMPORT_BIG=300000 rows once.
# ONLY=goals times a goal's board (GET /api/v1/goals/{id}) against GET /api/v1/ping: GOAL_TARGETS=40,
# GOAL_PROSPECTS=200, GOAL_WARMUP=100, GOAL_SAMPLES=300.
# SERVER_JAR and BASELINE_JAR (with SKIP_BUILD=1) run copies of the jars, so a build may go on meanwhile.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SERVER=${SERVER_JAR:-$ROOT/server/target/rapport-server-0.1.0-SNAPSHOT.jar}
BASELINE=${BASELINE_JAR:-$ROOT/bench/out/rapport-bench-baseline.jar}
RUNS=${RUNS:-5} PEOPLE=${PEOPLE:-30000} THREADS=${THREADS:-8}
WARMUP=${WARMUP:-10} DURATION=${DURATION:-20} ROUNDS=${ROUNDS:-3} PG=${PG:-1} ONLY=${ONLY:-all}
ENCOUNTERS=${ENCOUNTERS:-500} PAGE_WARMUP=${PAGE_WARMUP:-200} SAMPLES=${SAMPLES:-500} Q=${Q:-jo}
SIZE=${SIZE:-} SEARCH_WARMUP=${SEARCH_WARMUP:-300} SEARCH_SAMPLES=${SEARCH_SAMPLES:-1000}
PG_DB=rapport_bench_$$
export PGPASSWORD=postgres
WORK=$(mktemp -d /tmp/rapport-bench.XXXXXX)
SERVER_PID=""

cleanup() {
    if [[ -n $SERVER_PID ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    dropdb -h 127.0.0.1 -U postgres --if-exists "$PG_DB" 2>/dev/null || true
}

driver() { # driver CLASS ARGS...: run a driver from the baseline jar
    java -Dloader.main="org.rapport.bench.$1" -jar "$BASELINE" "${@:2}"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() { # start_server PORT DATA_DIR EXTRA_ARGS...
    java -jar "$SERVER" --server.port="$1" --rapport.data-dir="$2" "${@:3}" >"$2.console.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 1 600); do
        if curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health"; then return; fi
        kill -0 "$SERVER_PID" 2>/dev/null || { echo "server died, see $2.console.log" >&2; exit 1; }
        sleep 0.2
    done
    echo "server not healthy after 120 s, see $2.console.log" >&2
    exit 1
}

stop_server() {
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

search_run() { # search_run NAME JDBC_URL_FOR_SEEDING SERVER_ARGS...
    local port dir
    port=$(free_port)
    dir=$WORK/$1
    start_server "$port" "$dir" --rapport.signup=open "${@:3}"
    driver NetworkGenerator --base "http://127.0.0.1:$port" --jdbc "$2" --size "${SIZE:-M}" --out "$dir-net" >&2
    # As autovacuum would in a running installation (the bulk-written tables have no statistics yet).
    if [[ $2 == jdbc:postgresql:* ]]; then psql -q -h 127.0.0.1 -U postgres -d "$PG_DB" -c ANALYZE >&2; fi
    echo "### $1"
    echo
    echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    driver SearchLatency --base "http://127.0.0.1:$port" --dir "$dir-net" --jdbc "$2" --index "$dir/index" \
        --warmup "$SEARCH_WARMUP" --samples "$SEARCH_SAMPLES"
    echo
    echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    stop_server
}

api_run() { # api_run NAME JDBC_URL_FOR_SEEDING SERVER_ARGS...
    local port dir
    port=$(free_port)
    dir=$WORK/$1
    start_server "$port" "$dir" --rapport.signup=open "${@:3}"
    if [[ $ONLY != imports ]]; then
        driver Seed --base "http://127.0.0.1:$port" --jdbc "$2" --people "$PEOPLE" --out "$dir-seed" >&2
    fi
    echo "### $1"
    echo
    echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
    if [[ $ONLY == suggestions ]]; then
        echo
        driver SuggestionsLatency --base "http://127.0.0.1:$port" --dir "$dir-seed" --jdbc "$2" \
            --encounters "${SUGGESTION_ENCOUNTERS:-300000}" --warmup "${SUGGESTION_WARMUP:-20}" --samples "$SAMPLES"
    elif [[ $ONLY == strength ]]; then
        echo
        driver StrengthSortLatency --base "http://127.0.0.1:$port" --dir "$dir-seed" --jdbc "$2" \
            --encounters "${STRENGTH_ENCOUNTERS:-100000}" --warmup "${STRENGTH_WARMUP:-50}" --samples "${STRENGTH_SAMPLES:-300}"
    elif [[ $ONLY == backup ]]; then
        echo
        driver BackupLoad --base "http://127.0.0.1:$port" --dir "$dir-seed" --jdbc "$2" --rounds "$ROUNDS"
    elif [[ $ONLY == imports ]]; then
        echo
        driver ImportBench --base "http://127.0.0.1:$port" --jdbc "$2" --rows "${IMPORT_ROWS:-30000}" \
            --rounds "${IMPORT_ROUNDS:-3}" --big "${IMPORT_BIG:-300000}"
    elif [[ $ONLY == pages ]]; then
        echo
        driver PageLatency --base "http://127.0.0.1:$port" --dir "$dir-seed" --jdbc "$2" \
            --encounters "$ENCOUNTERS" --warmup "$PAGE_WARMUP" --samples "$SAMPLES" --q "$Q"
    else
        driver ApiLoad --base "http://127.0.0.1:$port" --dir "$dir-seed" --threads "$THREADS" \
            --warmup "$WARMUP" --duration "$DURATION" --rounds "$ROUNDS"
    fi
    echo
    echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    stop_server
}

goals_run() { # goals_run NAME SERVER_ARGS...: a workspace with two goals, then the goals driver
    local port dir
    port=$(free_port)
    dir=$WORK/$1
    start_server "$port" "$dir" --rapport.signup=open "${@:2}"
    echo "### $1"
    echo
    echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    driver GoalsLatency --base "http://127.0.0.1:$port" --targets "${GOAL_TARGETS:-40}" \
        --prospects "${GOAL_PROSPECTS:-200}" --warmup "${GOAL_WARMUP:-100}" --samples "${GOAL_SAMPLES:-300}"
    echo
    echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    stop_server
}

paths_run() { # paths_run NAME JDBC_URL SERVER_ARGS...: a generated network, then the paths driver
    local port dir
    port=$(free_port)
    dir=$WORK/$1
    start_server "$port" "$dir" --rapport.signup=open "${@:3}"
    driver NetworkGenerator --base "http://127.0.0.1:$port" --jdbc "$2" --size "${SIZE:-L}" --out "$dir-net" >&2
    if [[ $2 == jdbc:postgresql:* ]]; then psql -q -h 127.0.0.1 -U postgres -d "$PG_DB" -c ANALYZE >&2; fi
    echo "### $1"
    echo
    echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    driver PathsBench --base "http://127.0.0.1:$port" --dir "$dir-net" --jdbc "$2" \
        --samples "${PATH_SAMPLES:-300}" --warmup "${PATH_WARMUP:-100}" --member-ties "${MEMBER_TIES:-api}" \
        ${CTE_JDBC:+--cte-jdbc "$CTE_JDBC"}
    grep -h 'Network graph of workspace' "$dir.console.log" | sed 's/^.*NetworkGraphs *: /- Server log: /' || true
    echo
    echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    stop_server
}

main() {
    trap cleanup EXIT # main runs in the pipeline's subshell, so the trap goes here
    if [[ ${SKIP_BUILD:-0} != 1 ]]; then
        (cd "$ROOT" && mvn -q -B -DskipTests -Pbench package) >&2
    fi
    echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ) at $(git -C "$ROOT" rev-parse --short HEAD)"
    echo
    echo "- CPU: $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "- Memory: $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); default JVM flags"
    echo "- Load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    if [[ $ONLY == all || $ONLY == startup ]]; then
        echo "### Startup (SQLite, fresh data directory each launch)"
        echo
        driver Startup --server "$SERVER" --baseline "$BASELINE" --runs "$RUNS" --work "$WORK/startup"
        echo
    fi
    if [[ $ONLY == imports ]]; then
        echo "## Imports: LinkedIn connections end to end against raw JDBC batches"
        echo
    fi
    if [[ $ONLY == pages ]]; then
        echo "## Web pages, $PEOPLE people, a person with $ENCOUNTERS encounters"
        echo
    fi
    if [[ $ONLY == search ]]; then
        echo "## Search, network ${SIZE:-M} (bench/…/NetworkGenerator)"
        echo
        if [[ ${SQLITE:-1} == 1 ]]; then search_run "SQLite" "jdbc:sqlite:$WORK/SQLite/rapport.db?busy_timeout=30000"; fi
        if [[ $PG == 1 ]] && pg_isready -q -h 127.0.0.1 -p 5432 && createdb -h 127.0.0.1 -U postgres "$PG_DB"; then
            local url="jdbc:postgresql://127.0.0.1:5432/$PG_DB?user=postgres&password=postgres"
            search_run "PostgreSQL" "$url" --spring.datasource.url="$url"
        fi
        return
    fi
    if [[ $ONLY == goals ]]; then
        echo "## Goals: a goal's board"
        echo
        goals_run "SQLite"
        if [[ $PG == 1 ]] && pg_isready -q -h 127.0.0.1 -p 5432 && createdb -h 127.0.0.1 -U postgres "$PG_DB"; then
            local url="jdbc:postgresql://127.0.0.1:5432/$PG_DB?user=postgres&password=postgres"
            goals_run "PostgreSQL" --spring.datasource.url="$url"
        fi
        return
    fi
    if [[ $ONLY == paths ]]; then
        echo "## Warm introductions, size ${SIZE:-L}"
        echo
        if [[ ${SQLITE:-1} == 1 ]]; then paths_run "SQLite" "jdbc:sqlite:$WORK/SQLite/rapport.db?busy_timeout=10000"; fi
        if [[ $PG == 1 ]] && pg_isready -q -h 127.0.0.1 -p 5432 && createdb -h 127.0.0.1 -U postgres "$PG_DB"; then
            local url="jdbc:postgresql://127.0.0.1:5432/$PG_DB?user=postgres&password=postgres"
            paths_run "PostgreSQL" "$url" --spring.datasource.url="$url"
        fi
        return
    fi
    if [[ $ONLY != startup ]]; then
        if [[ ${SQLITE:-1} == 1 ]]; then api_run "SQLite" "jdbc:sqlite:$WORK/SQLite/rapport.db?busy_timeout=10000"; fi
        if [[ $PG == 1 ]] && pg_isready -q -h 127.0.0.1 -p 5432 && createdb -h 127.0.0.1 -U postgres "$PG_DB"; then
            local url="jdbc:postgresql://127.0.0.1:5432/$PG_DB?user=postgres&password=postgres"
            api_run "PostgreSQL" "$url" --spring.datasource.url="$url"
        else
            echo "### PostgreSQL"
            echo
            echo "Skipped: no PostgreSQL on 127.0.0.1:5432 (user postgres, password postgres), or PG=0."
        fi
    fi
}

main "$@" | tee "$WORK/results.md"
