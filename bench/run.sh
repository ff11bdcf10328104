#!/usr/bin/env bash
# scorebake's benchmark: a synthetic municipality of N scorecards x K KPIs x M months, baked
# fresh, rebuilt unchanged, rebuilt after one new month (the current period by default, and again
# with `period:` in site.yaml moved to it), published before and after that month (what the
# second publish writes, both ways), set beside Hugo building as many plain Markdown pages at two
# page sizes, and baked again at HALF the size to show how time grows. See bench/README.md.
#
#   bench/run.sh                        # 400 x 25 x 36, then 200 for scaling (15-25 minutes on 2 cores)
#   N=40 K=10 M=12 bench/run.sh         # a quick try
#
# Environment: N K M SEED (sample size and seed), HALF (second size, 0 = skip), HUGO=0 (skip
# Hugo), PROFILE=1 (one more fresh bake under Java Flight Recorder, with its hot methods),
# REBUILD=1 (package even when target/scorebake/ exists), SCOREBAKE_JAR (measure this jar
# instead, run as java -jar: an older scorebake, to compare), PERIOD=0 (skip the new month by
# moving period:), BENCH_DIR (work folder,
# default a new /tmp/scorebake-bench.XXXXXX; put it on tmpfs, e.g. /dev/shm/..., to leave the
# disk out), JAVA_OPTS (more JVM options for the bakes, after the launcher's; when set, one more
# full bake runs as a plain java -jar with no JVM option, for its peak RSS), KEEP=0 (delete the work folder at the end), HUGO_SIZES (the sizes of Hugo's
# pages, one Hugo run each, default "text 2000": "text" = as much text as a scorebake page
# shows; "html" = as many bytes as a scorebake page's HTML; or a number of bytes; HUGO_SIZE=x
# runs only that one), PUBLISH=0 (skip the two publishes), PLAIN=0 (no (a') even with JAVA_OPTS),
# MIN_FREE_MB (stop a run that leaves less memory available than this, default 1500), SHAPE=bergen
# (the unit tree as Bergen's own model: a few sectors with 60+ units directly under each),
# PREVIEW=0 (skip the preview: first page, an edited note, an edited upload, over HTTP),
# PREVIEW_WAIT (seconds each preview step may take before it counts as failed, default 900).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
N=${N:-400}
K=${K:-25}
M=${M:-36}
SEED=${SEED:-1}
HALF=${HALF:-$((N / 2))}
HUGO=${HUGO:-1}
PROFILE=${PROFILE:-0}
KEEP=${KEEP:-1}
JAVA_OPTS=${JAVA_OPTS:-}
HUGO_SIZES=${HUGO_SIZE:-${HUGO_SIZES:-text 2000}}
PUBLISH=${PUBLISH:-1}
PERIOD=${PERIOD:-1}
MIN_FREE_MB=${MIN_FREE_MB:-1500}
SHAPE=${SHAPE:-default}
PREVIEW=${PREVIEW:-1}
PREVIEW_WAIT=${PREVIEW_WAIT:-900}
WORK=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/scorebake-bench.XXXXXX")}
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
RESULTS="$WORK/results.txt"
: >"$RESULTS"

say() { printf '%s\n' "$*" | tee -a "$RESULTS" >&2; }
die() { say "bench: $*"; exit 1; }

# ---------------------------------------------------------------- tools

install_package() { # command package
    command -v "$1" >/dev/null 2>&1 && return 0
    [[ $(id -u) == 0 ]] || return 1
    say "installing $2 (apt-get) ..."
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
[[ -x /usr/bin/time ]] || install_package /usr/bin/time time || die "/usr/bin/time is missing: apt-get install time"
command -v java >/dev/null && command -v javac >/dev/null || die "java and javac (JDK 17+) are needed"
if [[ $PREVIEW == 1 ]] && ! command -v curl >/dev/null 2>&1 && ! install_package curl curl; then
    say "curl is missing and cannot be installed here (apt-get install curl); the preview is skipped"
    PREVIEW=0
fi
if [[ $HUGO == 1 ]] && ! install_package hugo hugo; then
    say "hugo is missing and cannot be installed here (apt-get install hugo); the Hugo comparison is skipped"
    HUGO=0
fi

# ---------------------------------------------------------------- the jar and the generator

if [[ -z ${SCOREBAKE_JAR:-} && ( ! -x $ROOT/target/scorebake/bin/scorebake || ${REBUILD:-0} == 1 ) ]]; then
    say "packaging the distribution (mvn -B -q -DskipTests package) ..."
    (cd "$ROOT" && mvn -B -q -DskipTests package) || die "mvn package failed"
fi
# A copy, so a rebuild of target/ by someone else during the run cannot change what is measured.
rm -rf "$WORK/scorebake"
if [[ -n ${SCOREBAKE_JAR:-} ]]; then
    # An older scorebake, as a plain java -jar (before issue 26 it started its bake in a second JVM with a bounded heap).
    cp "$SCOREBAKE_JAR" "$WORK/scorebake.jar"
    JAR="$WORK/scorebake.jar"
    SCOREBAKE=(java $JAVA_OPTS -jar "$JAR")
else
    cp -r "$ROOT/target/scorebake" "$WORK/scorebake"
    JAR="$WORK/scorebake/lib/scorebake.jar"
    # The launcher gives the JVM its options (bin/scorebake); JAVA_OPTS come after them.
    export SCOREBAKE_OPTS=$JAVA_OPTS
    SCOREBAKE=("$WORK/scorebake/bin/scorebake")
fi
# The generator, Hugo site writer and profile summariser use the JDK only: compiled straight from
# the test sources, so the benchmark does not depend on the rest of the tests compiling.
rm -rf "$WORK/classes"
javac -nowarn -d "$WORK/classes" "$ROOT"/src/test/java/no/scorebake/bench/{SampleProject,HugoSite,JfrTop}.java
GEN=(java -cp "$WORK/classes" no.scorebake.bench.SampleProject --shape "$SHAPE")

# ---------------------------------------------------------------- measuring

CLK_TCK=$(getconf CLK_TCK)
cpu_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

declare -A WALL RSS CPU USER_SYS OTHERS LOAD
# measure LABEL COMMAND...: runs it under /usr/bin/time -v; output in $WORK/LABEL.{out,err,time}.
measure() {
    local label=$1
    shift
    local load busy0 busy1 t
    # The files the previous run wrote (a whole site, 715 MB at 400 x 25 x 36) go to disk now,
    # not in the middle of this run.
    sync
    load=$(cut -d' ' -f1 /proc/loadavg)
    busy0=$(cpu_busy)
    /usr/bin/time -v -o "$WORK/$label.time" "$@" >"$WORK/$label.out" 2>"$WORK/$label.err" &
    local pid=$! starved=0 status=0
    # A watchdog: a run that leaves less than MIN_FREE_MB of memory available is stopped
    # before it pushes the machine (and everyone else on it) into thrashing.
    while kill -0 "$pid" 2>/dev/null; do
        if ((starved == 0 && $(awk '/^MemAvailable/ { print int($2 / 1024) }' /proc/meminfo) < MIN_FREE_MB)); then
            starved=1
            pkill -TERM -P "$pid" || true
        fi
        sleep 0.5
    done
    wait "$pid" || status=$?
    busy1=$(cpu_busy)
    if ((starved)); then
        die "$label stopped: less than $MIN_FREE_MB MB of memory was left (MIN_FREE_MB); $*"
    fi
    if ((status != 0)); then
        tail -n 30 "$WORK/$label.err" >&2
        die "$label failed (exit $status): $*"
    fi
    t="$WORK/$label.time"
    WALL[$label]=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$t")
    RSS[$label]=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$t")
    CPU[$label]=$(awk -F': ' '/Percent of CPU this job got/ { print $2 }' "$t")
    USER_SYS[$label]=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$t")
    LOAD[$label]=$load
    # CPU that other processes used meanwhile, in cores: all busy time minus this job's, per second.
    OTHERS[$label]=$(awk -v b0="$busy0" -v b1="$busy1" -v hz="$CLK_TCK" -v own="${USER_SYS[$label]}" -v w="${WALL[$label]}" \
        'BEGIN { w = (w > 0 ? w : 1); o = ((b1 - b0) / hz - own) / w; if (o < 0) o = 0; printf "%.2f", o }')
}

count() { find "$1" -name "$2" -type f | wc -l; }
avg_size() { find "$1" -name "$2" -type f -printf '%s\n' | awk '{ s += $1 } END { printf "%d", (NR ? s / NR : 0) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", (b > 0 ? 100 * a / b : 0) }'; }
render_rate() { # LABEL: pages per second of the rendering phase, from scorebake's own report
    sed -n 's/^rendering: \([0-9]*\) pages in \([0-9]*\) ms.*/\1 \2/p' "$WORK/$1.err" | tail -n 1 | awk '{ printf "%.0f", ($2 > 0 ? $1 * 1000 / $2 : 0) }'
}

declare -A PAGES CHARTS DRAWN HUGO_AVG_MD HUGO_AVG_HTML
bake() { # LABEL PROJECT: one build of PROJECT into PROJECT/site, then count what is there
    local label=$1 project=$2
    # shellcheck disable=SC2086
    measure "$label" "${SCOREBAKE[@]}" build --project "$project" --out "$project/site"
    PAGES[$label]=$(count "$project/site" '*.html')
    CHARTS[$label]=$(grep -rl --include='*.html' -F '<svg class="kpi-chart"' "$project/site" | wc -l)
    DRAWN[$label]=$(sed -n 's/^charts: \([0-9]*\) drawn.*/\1/p' "$WORK/$label.err" | tail -n 1)
    say "  $label: ${WALL[$label]} s — $(grep -E '^(checking|loading|computing|rendering|charts|writing):' "$WORK/$label.err" | tr '\n' ';' | sed 's/;$//; s/;/; /g')"
}

fresh() { rm -rf "$1/.scorebake" "$1/site" "$1/.site"*; }

generate() { # SIZE DIR
    rm -rf "$2"
    "${GEN[@]}" --units "$1" --kpis "$K" --months "$M" --seed "$SEED" --out "$2" | tee -a "$RESULTS" >&2
}

# ---------------------------------------------------------------- the runs

say "scorebake benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
say "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "java: $(java -version 2>&1 | head -n 1)${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"
say "jar: ${SCOREBAKE_JAR:-target/scorebake/lib/scorebake.jar} of $(date -u -r "$JAR" '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet HEAD -- src 2>/dev/null || echo ' + uncommitted changes')"
[[ $HUGO == 1 ]] && say "hugo: $(hugo version 2>/dev/null | head -n 1)"
say "work folder: $WORK ($(df -T "$WORK" | awk 'NR == 2 { print $2 }'))"
say "shape: $SHAPE"
say ""

P="$WORK/sample-$N"
say "generating $N x $K x $M ..."
generate "$N" "$P"

say "(a) full bake, fresh (no chart cache, no output)"
fresh "$P"
bake full "$P"
KPI_PAGES=$(find "$P/site" -path '*/kpi/*.html' -type f | wc -l)
PERIOD_PAGES=$(find "$P/site" -regextype posix-extended -regex '.*/[0-9]{4}-[0-9]{2}/index\.html' -type f | wc -l)
read -r AVG_HTML AVG_TEXT < <(java -cp "$WORK/classes" no.scorebake.bench.HugoSite --measure "$P/site")
SITE_MB=$(du -sm "$P/site" | cut -f1)
# The files' bytes (what a copy to the share transfers) and du's apparent size, which adds
# each folder's own entry (4 KB on ext4, 15,661 folders at 400 x 25 x 36).
SITE_BYTES=$(find "$P/site" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
SITE_DU_BYTES=$(du -sb "$P/site" | cut -f1)
SITE_DIRS=$(find "$P/site" -type d | wc -l)
SITE_FILES=$(find "$P/site" -type f | wc -l)

if [[ -n $JAVA_OPTS && ${PLAIN:-1} == 1 ]]; then
    say "(a') full bake, fresh, with no JVM option (JAVA_OPTS left out), for its peak RSS"
    fresh "$P"
    measure plain java -jar "$JAR" build --project "$P" --out "$P/site" -q
fi

say "(b) rebuild, nothing changed"
bake unchanged "$P"

SHARE="$WORK/share/site"
publish() { # LABEL [PROJECT SHARE]: publish PROJECT (default P) to SHARE, and read what it wrote from its summary line
    local label=$1 project=${2:-$P} share=${3:-$SHARE}
    measure "$label" "${SCOREBAKE[@]}" publish --project "$project" --to "$share"
    WROTE[$label]=$(sed -n 's/.*; wrote \([^)]*)\).*/\1/p' "$WORK/$label.out")
    LINKED[$label]=$(sed -n 's/.*hard-linked \([0-9]*\) unchanged.*/\1/p' "$WORK/$label.out")
    say "  $label: ${WALL[$label]} s — wrote ${WROTE[$label]}${LINKED[$label]:+, hard-linked ${LINKED[$label]} unchanged files}"
}
declare -A WROTE LINKED
if [[ $PUBLISH == 1 ]]; then
    rm -rf "$WORK/share"
    say "(p1) publish of the $M months to an empty share"
    publish publish1
fi

# The same project, site, records and published copy for the new month by moving period:, as they are now.
PP="$WORK/sample-$N-period"
if [[ $PERIOD == 1 ]]; then
    rm -rf "$PP" "$WORK/share-period"
    mkdir -p "$PP"
    cp -a "$P/model" "$P/content" "$P/.scorebake" "$PP/"
    cp -al "$P/site" "$PP/site" # a build replaces a changed file by a rename, never writes into one
    [[ $PUBLISH == 1 ]] && cp -al "$WORK/share" "$WORK/share-period"
fi
month_label() { # I: the I-th month of the sample (1-based, from 2023-01)
    local i=$(($1 - 1))
    printf '%04d-%02d' $((2023 + i / 12)) $((i % 12 + 1))
}
set_period() { # PROJECT MONTH: period: MONTH in its site.yaml
    sed -i '/^period:/d' "$1/model/site.yaml"
    printf 'period: %s\n' "$2" >>"$1/model/site.yaml"
}

say "(c) rebuild after one new month of data (month $((M + 1))), the current period by default"
"${GEN[@]}" --units "$N" --kpis "$K" --months "$((M + 1))" --seed "$SEED" --out "$P" --data-from "$((M + 1))" | tee -a "$RESULTS" >&2
bake newmonth "$P"

if [[ $PUBLISH == 1 ]]; then
    say "(p2) publish after the new month, beside the first"
    publish publish2
    SHARE_BYTES=$(find "$SHARE" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
    SHARE_FILES=$(find "$SHARE" -type f | wc -l)
fi

if [[ $PERIOD == 1 ]]; then
    say "(f) the same project with period: $(month_label "$M") written into site.yaml (the month it shows by default)"
    set_period "$PP" "$(month_label "$M")"
    bake periodset "$PP"
    [[ $PUBLISH == 1 ]] && publish publishperiodset "$PP" "$WORK/share-period/site"
    say "(g) rebuild after one new month of data (month $((M + 1))), with period: moved to $(month_label $((M + 1)))"
    "${GEN[@]}" --units "$N" --kpis "$K" --months "$((M + 1))" --seed "$SEED" --out "$PP" --data-from "$((M + 1))" | tee -a "$RESULTS" >&2
    set_period "$PP" "$(month_label $((M + 1)))"
    bake newmonthperiod "$PP"
    if [[ $PUBLISH == 1 ]]; then
        say "(p3) publish after the new month with period: moved"
        publish publishperiod "$PP" "$WORK/share-period/site"
    fi
fi

# ---------------------------------------------------------------- the preview
# Black-box over HTTP, so it measures any scorebake serve (one that bakes the whole site before it
# serves, or one that renders pages on request): the time from starting serve to the first 200 of
# index.html, then from saving an edited note to the first time its KPI page serves the edit, then
# the same for a value in an upload. Each step polls with curl until PREVIEW_WAIT seconds have passed.
declare -A PREVIEW_S
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
free_port() { # a port nothing listens on, from a seeded range so two runs on one machine rarely try the same
    local p tries
    for tries in $(seq 1 50); do
        p=$((20000 + (RANDOM * 32768 + RANDOM + $$) % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
            echo "$p"
            return 0
        fi
    done
    return 1
}
# wait_for LABEL URL [TEXT]: polls URL until it answers 200 (and holds TEXT, when given); the seconds since $T0 in PREVIEW_S[LABEL]
wait_for() {
    local label=$1 url=$2 text=${3:-} deadline body
    deadline=$(awk -v t="$T0" -v w="$PREVIEW_WAIT" 'BEGIN { printf "%d", t + w }')
    while :; do
        if [[ -z $text ]]; then
            [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$url" || true) == 200 ]] && break
        else
            body=$(curl -s --fail --max-time 60 "$url" || true)
            [[ $body == *"$text"* ]] && break
        fi
        if ! kill -0 "$SERVE_PID" 2>/dev/null; then
            tail -n 20 "$WORK/serve.err" >&2
            die "preview: serve ended before $label ($url)"
        fi
        if (($(date +%s) > deadline)); then
            stop_serve
            die "preview: $label not seen within $PREVIEW_WAIT s (PREVIEW_WAIT): $url${text:+ holding '$text'}"
        fi
        sleep 0.1
    done
    PREVIEW_S[$label]=$(since "$T0")
    say "  $label: ${PREVIEW_S[$label]} s"
}
stop_serve() {
    if [[ -n ${SERVE_PID:-} ]] && kill -0 "$SERVE_PID" 2>/dev/null; then
        kill -TERM "$SERVE_PID" 2>/dev/null || true
        wait "$SERVE_PID" 2>/dev/null || true
    fi
    SERVE_PID=
}
# set_value FILE KPI VALUE: VALUE as the value of KPI's row in the upload FILE (semicolons; its header names the columns)
set_value() {
    awk -v kpi="$2" -v value="$3" 'BEGIN { FS = OFS = ";" }
        NR == 1 { for (i = 1; i <= NF; i++) { h = tolower($i); sub(/^\xef\xbb\xbf/, "", h); sub(/\r$/, "", h); col[h] = i } }
        NR > 1 && $(col["kpi"]) == kpi && $(col["initiative"]) == "" && !done { $(col["value"]) = value; done = 1 }
        { print }' "$1" >"$1.bench" && cat "$1.bench" >"$1" && rm "$1.bench"
}
if [[ $PREVIEW == 1 ]]; then
    PV="$WORK/sample-$N-preview"
    rm -rf "$PV" "$WORK/preview"
    mkdir -p "$PV"
    cp -a "$P/model" "$P/content" "$PV/"
    # The note to edit: the first in path order; its KPI page lists every note of the KPI.
    NOTE=$(cd "$PV" && find content/comments -name '*.md' -type f | LC_ALL=C sort | head -n 1)
    NOTE_UNIT=$(basename "$(dirname "$NOTE")")
    NOTE_KPI=$(basename "$NOTE" .md)
    # The upload to edit: the latest month's first file with a value for cases (a reported KPI, never a roll-up there).
    LATEST=$(cd "$PV" && find model/data -name '*.csv' -type f | LC_ALL=C sort | tail -n 1 | xargs dirname)
    UPLOAD=$(cd "$PV" && grep -l ';cases;\|^cases;' "$LATEST"/*.csv | LC_ALL=C sort | head -n 1)
    UPLOAD_UNIT=$(awk 'BEGIN { FS = ";" } NR == 1 { for (i = 1; i <= NF; i++) { h = tolower($i); sub(/^\xef\xbb\xbf/, "", h); col[h] = i } }
        NR > 1 && $(col["kpi"]) == "cases" { print $(col["scorecard"]); exit }' "$PV/$UPLOAD")
    PORT=$(free_port) || die "preview: no free port found"
    BASE="http://127.0.0.1:$PORT"
    say "(s) preview: scorebake serve of a copy of the project on port $PORT; then $NOTE and $UPLOAD edited"
    T0=$(now)
    "${SCOREBAKE[@]}" serve --project "$PV" --out "$WORK/preview" --port "$PORT" >"$WORK/serve.out" 2>"$WORK/serve.err" &
    SERVE_PID=$!
    trap stop_serve EXIT
    wait_for first "$BASE/index.html"
    MARK="bench-edit-$(date +%s%N)"
    # The note's KPI page must answer before the edit, so the time below is the edit's, not a first render's.
    T0=$(now)
    wait_for notepage "$BASE/$NOTE_UNIT/kpi/$NOTE_KPI.html" "</html>"
    T0=$(now)
    printf '\nEndret av benchmarken: %s\n' "$MARK" >>"$PV/$NOTE"
    wait_for note "$BASE/$NOTE_UNIT/kpi/$NOTE_KPI.html" "$MARK"
    # 987,6 (decimal comma, as the uploads write it) is shown as 987,6 on an nb page; another figure if the page has it already.
    T0=$(now)
    wait_for uploadpage "$BASE/$UPLOAD_UNIT/kpi/cases.html" "</html>"
    VALUE=
    for v in 987,6 986,4 985,3 984,2; do
        curl -s --max-time 60 "$BASE/$UPLOAD_UNIT/kpi/cases.html" | grep -qF "$v" || { VALUE=$v; break; }
    done
    [[ -n $VALUE ]] || die "preview: $UPLOAD_UNIT/kpi/cases.html already shows every figure the edit could write"
    T0=$(now)
    set_value "$PV/$UPLOAD" cases "$VALUE"
    wait_for upload "$BASE/$UPLOAD_UNIT/kpi/cases.html" "$VALUE"
    stop_serve
    trap - EXIT
fi

HUGO_LABELS=()
if [[ $HUGO == 1 ]]; then
    for size in $HUGO_SIZES; do
        case $size in
            text) bytes=$AVG_TEXT ;;
            html) bytes=$AVG_HTML ;;
            *) bytes=$size ;;
        esac
        l="hugo-$size"
        HUGO_LABELS+=("$l")
        say "(d) Hugo: ${PAGES[full]} Markdown pages of about $bytes bytes ($size) in $N sections"
        H="$WORK/$l"
        rm -rf "$H"
        java -cp "$WORK/classes" no.scorebake.bench.HugoSite --pages "${PAGES[full]}" --bytes "$bytes" --sections "$N" --out "$H" | tee -a "$RESULTS" >&2
        measure "$l" hugo --quiet --source "$H" --destination "$H/public"
        PAGES[$l]=$(count "$H/public" '*.html')
        CHARTS[$l]=0
        HUGO_AVG_MD[$l]=$(avg_size "$H/content" 'page-*.md')
        HUGO_AVG_HTML[$l]=$(avg_size "$H/public" 'index.html')
        say "  $l: ${WALL[$l]} s"
        rm -rf "$H/public"
    done
fi

if [[ $HALF -gt 0 ]]; then
    P2="$WORK/sample-$HALF"
    say "(e) full bake at $HALF scorecards"
    generate "$HALF" "$P2"
    fresh "$P2"
    bake half "$P2"
fi

if [[ $PROFILE == 1 ]]; then
    say "profile: one more fresh bake of $N x $K x $M under Flight Recorder"
    fresh "$P"
    # shellcheck disable=SC2086
    measure profile java -Xmx768m -XX:+UseParallelGC -XX:MetaspaceSize=128m $JAVA_OPTS -XX:StartFlightRecording=filename="$WORK/bake.jfr",settings=profile -jar "$JAR" build --project "$P" --out "$P/site" -q
    java -cp "$WORK/classes" no.scorebake.bench.JfrTop "$WORK/bake.jfr" 25 >"$WORK/profile.txt"
fi

# ---------------------------------------------------------------- the table

row() { # LABEL DESCRIPTION
    local l=$1
    printf '| %-44s | %8s | %6s | %7s | %13s | %8s | %6s | %5s | %5s | %6s |\n' "$2" "${WALL[$l]}" "${PAGES[$l]:-}" \
        "${PAGES[$l]:+$(rate "${PAGES[$l]}" "${WALL[$l]}")}" "${CHARTS[$l]:-}${DRAWN[$l]:+ (${DRAWN[$l]})}" \
        "${CHARTS[$l]:+$(rate "${CHARTS[$l]}" "${WALL[$l]}")}" \
        "${RSS[$l]}" "${CPU[$l]}" "${LOAD[$l]}" "${OTHERS[$l]}"
}
{
    echo
    echo "Results: $N scorecards x $K KPIs x $M months (seed $SEED); $(nproc) cores"
    echo "pages = *.html files, charts = pages with an inline KPI chart (drawn this run in brackets); RSS = peak resident set;"
    echo "load = 1-minute load average just before; others = cores used by other processes during the run"
    echo
    printf '| %-44s | %8s | %6s | %7s | %13s | %8s | %6s | %5s | %5s | %6s |\n' run "wall s" pages "pages/s" charts "charts/s" "RSS MB" CPU load others
    echo "|----------------------------------------------|---------:|-------:|--------:|--------------:|---------:|-------:|------:|------:|-------:|"
    row full "(a) full bake, fresh"
    row unchanged "(b) rebuild, nothing changed"
    [[ -n $JAVA_OPTS && ${PLAIN:-1} == 1 ]] && row plain "(a') full bake, fresh, no JVM option"
    row newmonth "(c) rebuild after one new month"
    if [[ $PUBLISH == 1 ]]; then
        row publish1 "(p1) publish to an empty share"
        row publish2 "(p2) publish after the new month"
    fi
    if [[ $PERIOD == 1 ]]; then
        row periodset "(f) copy, period: written (no record: all)"
        [[ $PUBLISH == 1 ]] && row publishperiodset "(f) publish after period: written"
        row newmonthperiod "(g) new month, period: moved"
        [[ $PUBLISH == 1 ]] && row publishperiod "(p3) publish, new month, period: moved"
    fi
    for l in "${HUGO_LABELS[@]}"; do
        row "$l" "(d) Hugo, as many Markdown pages (${l#hugo-})"
    done
    [[ $HALF -gt 0 ]] && row half "(e) full bake, fresh, $HALF scorecards"
    [[ $PROFILE == 1 ]] && row profile "full bake under Flight Recorder (-q)"
    echo
    echo "site: ${PAGES[full]} pages ($KPI_PAGES KPI pages, $PERIOD_PAGES scorecard-period pages), ${CHARTS[full]} charts;"
    echo "      $SITE_FILES files, $SITE_BYTES bytes in files; $SITE_DIRS folders, $SITE_DU_BYTES bytes with the folders' entries (du -sb); $SITE_MB MB on disk (du -sm)"
    echo "      average page $AVG_HTML bytes of HTML holding $AVG_TEXT bytes of text (tags, scripts, styles and SVG left out)"
    if [[ -z $JAVA_OPTS ]]; then
        echo "peak RSS with the launcher's options: ${RSS[full]} MB (a); ${RSS[newmonth]} MB (c)"
    else
        echo "peak RSS without any JVM option: ${RSS[plain]:-not measured (PLAIN=0)} MB (a'); with JAVA_OPTS=$JAVA_OPTS: ${RSS[full]} MB (a)"
    fi
    if [[ $PUBLISH == 1 ]]; then
        echo "publish after one new month (p2): wrote ${WROTE[publish2]:-?}, hard-linked ${LINKED[publish2]:-0} unchanged files;"
        echo "      the published site then holds $SHARE_FILES files, $SHARE_BYTES bytes"
    fi
    echo "new month as a share of a full bake: by default $(ratio "${WALL[newmonth]}" "${WALL[full]}")x${WALL[newmonthperiod]:+, period: moved $(ratio "${WALL[newmonthperiod]}" "${WALL[full]}")x}"
    if [[ $PUBLISH == 1 ]]; then
        echo "      publish after it: by default $(ratio "${WALL[publish2]}" "${WALL[full]}")x${WALL[publishperiod]:+, period: moved $(ratio "${WALL[publishperiod]}" "${WALL[full]}")x (wrote $(sed -n 's/.*; wrote \([^)]*)\).*/\1/p' "$WORK/publishperiod.out"))}"
    fi
    for l in "${HUGO_LABELS[@]}"; do
        echo "Hugo (${l#hugo-}): ${PAGES[$l]} pages written (Markdown pages + section lists + home) from Markdown of ${HUGO_AVG_MD[$l]} bytes"
        echo "      on average, ${HUGO_AVG_HTML[$l]} bytes of HTML on average"
        echo "      scorebake / Hugo, wall time: full bake $(ratio "${WALL[full]}" "${WALL[$l]}")x, unchanged rebuild $(ratio "${WALL[unchanged]}" "${WALL[$l]}")x, new month $(ratio "${WALL[newmonth]}" "${WALL[$l]}")x;" \
            "CPU seconds: full bake $(ratio "${USER_SYS[full]}" "${USER_SYS[$l]}")x (${USER_SYS[full]} s vs ${USER_SYS[$l]} s)"
    done
    if [[ $HALF -gt 0 ]]; then
        echo "scaling: $N vs $HALF scorecards: time x$(ratio "${WALL[full]}" "${WALL[half]}"), pages x$(ratio "${PAGES[full]}" "${PAGES[half]}"), peak RSS x$(ratio "${RSS[full]}" "${RSS[half]}")"
    fi
    echo
    echo "As issue 26's table (shape $SHAPE; a build as a share of the full bake (a), a publish of the fresh publish (p1)):"
    echo
    echo "| step | $N x $K x $M |"
    echo "|---|---:|"
    if [[ $PERIOD == 1 ]]; then
        echo "| new month, \`build\` (\`period:\` moved) | ${WALL[newmonthperiod]} s — $(pct "${WALL[newmonthperiod]}" "${WALL[full]}") of a full bake (${WALL[full]} s) |"
        [[ $PUBLISH == 1 ]] && echo "| new month, \`publish\` (\`period:\` moved) | ${WALL[publishperiod]} s — $(pct "${WALL[publishperiod]}" "${WALL[publish1]}") of a fresh publish (${WALL[publish1]} s) |"
    fi
    echo "| the same with \`period:\` left to its default | ${WALL[newmonth]} s build ($(pct "${WALL[newmonth]}" "${WALL[full]}"))$([[ $PUBLISH == 1 ]] && echo ", ${WALL[publish2]} s publish ($(pct "${WALL[publish2]}" "${WALL[publish1]}"))") |"
    if [[ $PREVIEW == 1 ]]; then
        echo "| \`serve\`: first page (index.html answers 200) | ${PREVIEW_S[first]} s |"
        echo "| \`serve\`: an edited note visible (its KPI page) | ${PREVIEW_S[note]} s |"
        echo "| \`serve\`: an edited upload visible (its KPI page) | ${PREVIEW_S[upload]} s |"
    fi
    echo "| full bake | ${WALL[full]} s, rendering at $(render_rate full) pages/s ($(rate "${PAGES[full]}" "${WALL[full]}") pages/s over the whole bake) |"
    if [[ $PREVIEW == 1 ]]; then
        echo
        echo "preview: edited $NOTE (shown on $NOTE_UNIT/kpi/$NOTE_KPI.html) and the value of cases in $UPLOAD ($UPLOAD_UNIT/kpi/cases.html);"
        echo "      before each edit its KPI page was fetched once (${PREVIEW_S[notepage]} s and ${PREVIEW_S[uploadpage]} s), so the edit's time is its own"
    fi
    if [[ $PROFILE == 1 ]]; then
        echo
        echo "Flight Recorder profile ($WORK/bake.jfr):"
        cat "$WORK/profile.txt"
    fi
    echo
    echo "phases (scorebake's own report on standard error):"
    for l in full unchanged publish1 newmonth publish2 periodset publishperiodset newmonthperiod publishperiod half; do
        if [[ -f $WORK/$l.err ]]; then # a run left out (HALF=0, PUBLISH=0) has no file: not a failure
            echo "  $l: $(grep -E '^(checking|loading|computing|rendering|charts|writing):' "$WORK/$l.err" | tr '\n' ';' | sed 's/;$//; s/;/; /g')"
        fi
    done
} | tee -a "$RESULTS"

say ""
say "everything is in $WORK (results.txt, *.time, *.err)"
if [[ $KEEP == 0 ]]; then
    rm -rf "$WORK"
fi
