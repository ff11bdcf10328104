#!/usr/bin/env bash
# Where the bytes of a baked site go, per page type: files, bytes (as written), average size,
# and the same times SCALE (4 turns a 100-scorecard sample into Bergen's 400). See bench/README.md.
#
#   bench/sizes.sh SITE [SCALE]
set -euo pipefail
SITE=${1:?usage: bench/sizes.sh SITE [SCALE]}
SCALE=${2:-1}
cd "$SITE"
find . -type f -printf '%P %s\n' | awk -v scale="$SCALE" '
    function kind(p) {
        if (p ~ /^[^\/]+\/[0-9][0-9][0-9][0-9]-[0-9][0-9]\/index\.html$/) return "scorecard, earlier period"
        if (p ~ /^[^\/]+\/index\.html$/) return "scorecard, current"
        if (p ~ /^[^\/]+\/kpi\/[^\/]+\.html$/) return "KPI page"
        if (p ~ /\.png$/) return "chart (PNG)"
        if (p ~ /^data\/.*\.json$/) return "JSON export"
        if (p ~ /^data\/.*\.csv$/) return "CSV export"
        if (p ~ /^[^\/]+\/(map|initiatives|hierarchy|periods)\.html$/) { sub(/^[^\/]+\//, "", p); sub(/\.html$/, "", p); return p " page" }
        if (p ~ /^search\//) return "search index"
        if (p ~ /^reports\//) return "site report"
        if (p ~ /^[^\/]+\/(deviations|changes)\.html$/) return "unit report"
        if (p ~ /(^|\/)feed\.xml$/) return "feed (Atom)"
        return "other"
    }
    { k = kind($1); files[k]++; bytes[k] += $2; total += $2; count++ }
    END {
        printf "%-26s %7s %10s %9s %11s\n", "type", "files", "MB", "avg KB", "MB x " scale
        for (k in bytes) printf "%-26s %7d %10.1f %9.1f %11.0f\n", k, files[k], bytes[k] / 1e6, bytes[k] / files[k] / 1024, bytes[k] * scale / 1e6 | "sort -t\"|\" -k1,1"
        close("sort -t\"|\" -k1,1")
        printf "%-26s %7d %10.1f %9s %11.0f\n", "total", count, total / 1e6, "", total * scale / 1e6
    }'
# Every report page must stay readable: the largest of them, which must be under 400 KB.
echo "largest report pages and feeds:"
find . \( -path './reports/*.html' -o -regex '\./[^/]+/\(deviations\|changes\)\.html' -o -name feed.xml \) -printf '%s %P\n' \
    | sort -n | tail -5 | awk '{ printf "  %-40s %7.1f KB%s\n", $2, $1 / 1024, ($1 >= 409600 ? "  (over 400 KB)" : "") }'
echo "on disk (du): $(du -sm . | cut -f1) MB; x $SCALE: $(($(du -sm . | cut -f1) * SCALE)) MB"
