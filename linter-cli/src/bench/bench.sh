#!/usr/bin/env bash
# Performance figures of migration-lint, each against its target, in one run (so ratios compare like with like).
#
#   linter-cli/src/bench/bench.sh            # everything (about 10 minutes on 2 busy cores)
#   RUNS=3 SKIP_BIG=1 SKIP_SQLFLUFF=1 linter-cli/src/bench/bench.sh   # quicker
#
# Environment: CORPUS (default: shared/corpus beside the repository), RUNS (whole-process runs per figure, median
# reported; default 5), BIG_MB (size of the generated seed file; default 1024), SKIP_BIG, SKIP_JMH, SKIP_SQLFLUFF.
# Inputs are generated under a temporary folder, removed at the end. Needs java 17, mvn, awk and /usr/bin/time;
# sqlfluff (Debian: apt-get install sqlfluff) for the comparison line, which is skipped without it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
corpus="${CORPUS:-$root/../shared/corpus}"
[ -d "$corpus" ] || corpus=/work/shared/corpus
runs="${RUNS:-5}"
big_mb="${BIG_MB:-1024}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (Debian: apt-get install time)" >&2; exit 2; }
[ -d "$corpus" ] || { echo "bench: no corpus at $corpus (set CORPUS)" >&2; exit 2; }

log() { echo "bench: $*" >&2; }

# ---- build ----
log "building the CLI (jar + AppCDS archive) and the JMH benchmarks"
(cd "$root" && mvn -q -B -DskipTests -Dmaven.javadoc.skip=true -pl linter-cli -am package >&2)
(cd "$root" && mvn -q -B -Pbench -pl linter-core compile dependency:build-classpath \
    -Dmdep.outputFile="$tmp/bench-classpath.txt" >&2)
launcher="$root/migration-lint"
jar="$root/linter-cli/target/migration-lint.jar"
jsa="$root/linter-cli/target/migration-lint.jsa"
java_fast=(java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$jsa" -Xlog:disable)

# ---- helpers ----
median() { sort -g | awk '{a[NR]=$1} END {if (NR == 0) print "nan"; else if (NR % 2) print a[(NR+1)/2];
    else print (a[NR/2] + a[NR/2+1]) / 2}'; }

# measure NAME CMD...: runs CMD $runs times; writes NAME.wall (s), NAME.rss (MB), NAME.cpu (s user+sys)
measure() {
  local name="$1"; shift
  : > "$tmp/$name.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$tmp/time.txt" -f "%e %M %U %S" "$@" > /dev/null 2> "$tmp/$name.stderr" || {
      local rc=$?; [ "$rc" -le 1 ] || { echo "bench: $name failed ($rc)" >&2; cat "$tmp/$name.stderr" >&2; exit 1; }; }
    tail -n 1 "$tmp/time.txt" >> "$tmp/$name.times"
  done
  awk '{print $1}' "$tmp/$name.times" | median > "$tmp/$name.wall"
  awk '{print $2 / 1024}' "$tmp/$name.times" | median > "$tmp/$name.rss"
  awk '{print $3 + $4}' "$tmp/$name.times" | median > "$tmp/$name.cpu"
}
val() { cat "$tmp/$1"; }
row() { printf '%-58s %16s %14s  %s\n' "$1" "$2" "$3" "$4"; }
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { ok = (op == "<=") ? v <= t : v >= t; print ok ? "ok" : "MISSED" }'; }

bytes_of() { find "$1" -name '*.sql' -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

load_start="$(load)"

# ---- inputs ----
log "generating inputs under $tmp"
hook="$tmp/hook/db/migration"
mkdir -p "$hook"
printf 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n' > "$hook/V1__users.sql"
printf 'ALTER TABLE users ADD COLUMN name text;\n' > "$hook/V2__add_name.sql"

gen_history() { # DIR N: a Flyway history of N migrations, each creating a table and changing the previous one
  mkdir -p "$1/db/migration"
  awk -v n="$2" -v d="$1/db/migration" 'BEGIN { for (i = 1; i <= n; i++) {
    f = sprintf("%s/V%d__change_%d.sql", d, i, i)
    printf "CREATE TABLE t%d (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz DEFAULT now());\n", i > f
    if (i > 1) printf "ALTER TABLE t%d ADD COLUMN c%d integer;\nCREATE INDEX idx_t%d_name ON t%d (name);\n", i-1, i, i-1, i-1 > f
    close(f) } }'
}
gen_history "$tmp/h10k" 10000
gen_history "$tmp/h20k" 20000

gen_script() { # DIR N: one Flyway script (one transaction) of an ALTER and N INSERTs over three tables
  mkdir -p "$1/db/migration"
  awk -v n="$2" 'BEGIN { print "ALTER TABLE a ADD COLUMN x integer;"
    for (i = 0; i < n; i++) printf "INSERT INTO t%d (id, name) VALUES (%d, %cn%d%c);\n", i % 3, i, 39, i, 39 }' \
    > "$1/db/migration/V1__seed.sql"
}
gen_script "$tmp/s20k" 20000
gen_script "$tmp/s40k" 40000

# ---- whole-process figures ----
log "corpus ($runs runs)"
measure corpus "${java_fast[@]}" -jar "$jar" check --fail-on never "$corpus"
# What the run linted: files and bytes of the migrations it found (the rest of the tree is in no migration layout).
corpus_all_bytes="$(bytes_of "$corpus")"
corpus_debug="$("${java_fast[@]}" -jar "$jar" check --debug --quiet --fail-on never "$corpus" 2>&1 >/dev/null \
    | grep '^migration-lint: .* files (' | tail -n 1)"
corpus_files="$(sed -n 's/.* \([0-9]*\) files (.*/\1/p' <<< "$corpus_debug")"
corpus_bytes="$(sed -n 's/.* files (\([0-9.]*\) MB).*/\1/p' <<< "$corpus_debug" | awk '{printf "%.0f", $1 * 1e6}')"

log "one small migration through the launcher ($runs runs)"
"$launcher" --version > /dev/null
measure hook "$launcher" check "$hook/V2__add_name.sql"
"${java_fast[@]}" -Xlog:class+load=info:file="$tmp/classload.txt" -jar "$jar" check "$hook/V2__add_name.sql" \
    > /dev/null 2>&1 || true
# A library is in use when its working classes load (the verifier may link a few exception types of a class it
# checks, e.g. Jackson's, from the archive: those are counted apart).
heavy="$(grep -E 'net\.sf\.jsqlparser|com\.fasterxml\.jackson|com\.github\.javaparser|com\.contrastsecurity' \
    "$tmp/classload.txt" | grep -cvE 'Exception |ProblemHandler ' || true)"
linked="$(grep -E 'net\.sf\.jsqlparser|com\.fasterxml\.jackson|com\.github\.javaparser|com\.contrastsecurity' \
    "$tmp/classload.txt" | grep -cE 'Exception |ProblemHandler ' || true)"
loaded="$(grep -c 'source:' "$tmp/classload.txt" || true)"
shared="$(grep -c 'source: shared objects file' "$tmp/classload.txt" || true)"

log "histories of 10,000 and 20,000 migrations ($runs runs each)"
measure h10k "${java_fast[@]}" -jar "$jar" check --quiet --fail-on never "$tmp/h10k"
measure h20k "${java_fast[@]}" -jar "$jar" check --quiet --fail-on never "$tmp/h20k"
measure s20k "${java_fast[@]}" -jar "$jar" check --quiet --fail-on never "$tmp/s20k"
measure s40k "${java_fast[@]}" -jar "$jar" check --quiet --fail-on never "$tmp/s40k"

if [ -z "${SKIP_BIG:-}" ]; then
  log "generating a ${big_mb} MB seed file of INSERT rows"
  mkdir -p "$tmp/big/db/migration"
  awk -v limit="$((big_mb * 1024 * 1024))" 'BEGIN {
    s = "CREATE TABLE items (id bigint PRIMARY KEY, name text NOT NULL, price numeric(10,2), created_at timestamptz);\n"
    printf "%s", s; n = length(s)
    for (i = 1; n < limit; i++) {
      s = sprintf("INSERT INTO items (id, name, price, created_at) VALUES (%d, '\''item number %d'\'', %d.99, '\''2024-01-01 00:00:00+00'\'');\n", i, i, i % 1000)
      printf "%s", s; n += length(s) } }' > "$tmp/big/db/migration/V1__seed.sql"
  big_bytes="$(stat -c %s "$tmp/big/db/migration/V1__seed.sql")"
  log "linting it with -Xmx256m (1 run)"
  runs_saved="$runs"; runs=1
  measure big java -Xmx256m -XX:+UseSerialGC -XX:SharedArchiveFile="$jsa" -Xlog:disable -jar "$jar" check \
      --fail-on never "$tmp/big"
  runs="$runs_saved"
  big_oom="$(grep -c OutOfMemoryError "$tmp/big.stderr" || true)"
fi

# ---- in-process throughput (JMH) ----
if [ -z "${SKIP_JMH:-}" ]; then
  log "JMH: lexing + splitting + recognition, one thread"
  (cd "$root/linter-core" && java -cp "target/bench/classes:$(cat "$tmp/bench-classpath.txt")" org.openjdk.jmh.Main \
      PipelineBenchmark -p corpus="$corpus" -rf csv -rff "$tmp/jmh.csv" > "$tmp/jmh.log" 2>&1) \
      || { cat "$tmp/jmh.log" >&2; exit 1; }
  jmh_mbs="$(awk -F, '/lexSplitRecognize:bytes/ {printf "%.1f", $5 / 1e6}' "$tmp/jmh.csv")"
  jmh_err="$(awk -F, '/lexSplitRecognize:bytes/ {printf "%.1f", $6 / 1e6}' "$tmp/jmh.csv")"
  # the measurement iterations' CPU-time rate (the last 5 lines: warm-up iterations come first)
  jmh_cpu="$(grep 'cpu-throughput:' "$tmp/jmh.log" | tail -n 5 | awk '{print $2}' | median)"
fi

# ---- against sqlfluff ----
sqlfluff_folder="$corpus/OpenLMIS__openlmis-fulfillment"
if [ -z "${SKIP_SQLFLUFF:-}" ] && command -v sqlfluff > /dev/null && [ -d "$sqlfluff_folder" ]; then
  log "sqlfluff lint --dialect postgres on $(basename "$sqlfluff_folder") (1 run: it is slow)"
  runs_saved="$runs"; runs=1
  measure sqlfluff sqlfluff lint --dialect postgres --nofail "$sqlfluff_folder"
  runs="$runs_saved"
  log "ours on the same folder ($runs runs)"
  measure same "${java_fast[@]}" -jar "$jar" check --fail-on never "$sqlfluff_folder"
  folder_bytes="$(bytes_of "$sqlfluff_folder")"
  sqlfluff_version="$(sqlfluff --version 2>/dev/null | awk '{print $NF}')"
fi

load_end="$(load)"

# ---- table ----
mb() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.4g", b / 1e6 / s }'; }
ratio() { awk -v b1="$1" -v s1="$2" -v b2="$3" -v s2="$4" 'BEGIN { printf "%.0f", (b1 / s1) / (b2 / s2) }'; }
echo
echo "migration-lint performance — $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $load_start (start) / $load_end (end)"
echo "whole-process figures are medians of $runs runs (/usr/bin/time); cpu = user+sys seconds"
echo
row "figure" "measured" "target" ""
row "check, whole corpus ($corpus_files files): wall" "$(val corpus.wall) s" "<= 3 s" "$(verdict "$(val corpus.wall)" "<=" 3)"
row "check, whole corpus: peak RSS" "$(printf '%.0f' "$(val corpus.rss)") MB" "<= 512 MB" "$(verdict "$(val corpus.rss)" "<=" 512)"
row "check, whole corpus: cpu" "$(val corpus.cpu) s" "" ""
row "check, one small migration via ./migration-lint: wall" "$(awk -v s="$(val hook.wall)" 'BEGIN{printf "%.0f", s*1000}') ms" "<= 400 ms" \
    "$(verdict "$(val hook.wall)" "<=" 0.4)"
row "  classes loaded / from the AppCDS archive" "$loaded / $shared" "" ""
row "  classes of JSqlParser, Jackson, JavaParser, SARIF used" "$heavy" "0" "$(verdict "$heavy" "<=" 0)"
row "  (their exception types linked by the verifier, from the archive)" "$linked" "" ""
row "history of 10,000 migrations: wall / cpu" "$(val h10k.wall) / $(val h10k.cpu) s" "" ""
row "history of 20,000 migrations: wall / cpu" "$(val h20k.wall) / $(val h20k.cpu) s" "" ""
r_wall="$(awk -v a="$(val h20k.wall)" -v b="$(val h10k.wall)" 'BEGIN{printf "%.2f", a/b}')"
r_cpu="$(awk -v a="$(val h20k.cpu)" -v b="$(val h10k.cpu)" 'BEGIN{printf "%.2f", a/b}')"
row "  20,000 / 10,000: wall (cpu)" "${r_wall}x (${r_cpu}x)" "<= 2.2x" "$(verdict "$r_wall" "<=" 2.2)"
row "one script, 20,000 statements in one transaction: wall" "$(val s20k.wall) s" "" ""
row "one script, 40,000 statements in one transaction: wall" "$(val s40k.wall) s" "" ""
s_wall="$(awk -v a="$(val s40k.wall)" -v b="$(val s20k.wall)" 'BEGIN{printf "%.2f", a/b}')"
row "  40,000 / 20,000: wall" "${s_wall}x" "<= 2.2x" "$(verdict "$s_wall" "<=" 2.2)"
if [ -n "${big_bytes:-}" ]; then
  row "seed file of $(awk -v b="$big_bytes" 'BEGIN{printf "%.2f GB", b/1e9}') INSERT rows, -Xmx256m: wall" "$(val big.wall) s" "" ""
  row "  peak RSS / OutOfMemoryError" "$(printf '%.0f' "$(val big.rss)") MB / $big_oom" "no OOM" \
      "$(verdict "$big_oom" "<=" 0)"
  row "  throughput" "$(mb "$big_bytes" "$(val big.wall)") MB/s" "" ""
fi
if [ -n "${jmh_mbs:-}" ]; then
  row "JMH lex+split+recognize, 1 thread (wall time)" "$jmh_mbs ± $jmh_err MB/s" ">= 50 MB/s" "$(verdict "$jmh_mbs" ">=" 50)"
  row "  per second of the thread's CPU time" "$jmh_cpu MB/s" ">= 50 MB/s" "$(verdict "$jmh_cpu" ">=" 50)"
fi
ours_corpus="$(mb "$corpus_bytes" "$(val corpus.wall)")"
row "ours, whole process, corpus ($(awk -v b="$corpus_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB linted of $(awk -v b="$corpus_all_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB .sql)" "$ours_corpus MB/s" "" ""
if [ -f "$tmp/sqlfluff.wall" ]; then
  theirs="$(mb "$folder_bytes" "$(val sqlfluff.wall)")"
  ours_same="$(mb "$folder_bytes" "$(val same.wall)")"
  row "sqlfluff $sqlfluff_version, $(basename "$sqlfluff_folder") ($folder_bytes bytes)" "$theirs MB/s" "" ""
  row "ours, same folder (JVM start included)" "$ours_same MB/s" "" ""
  x_corpus="$(ratio "$corpus_bytes" "$(val corpus.wall)" "$folder_bytes" "$(val sqlfluff.wall)")"
  x_same="$(ratio "$folder_bytes" "$(val same.wall)" "$folder_bytes" "$(val sqlfluff.wall)")"
  row "  ours (corpus) / sqlfluff" "${x_corpus}x" ">= 300x" "$(verdict "$x_corpus" ">=" 300)"
  row "  ours (same folder) / sqlfluff" "${x_same}x" "" ""
elif command -v sqlfluff > /dev/null; then
  row "sqlfluff comparison" "skipped" "" ""
else
  row "sqlfluff comparison" "sqlfluff not installed" "" "(apt-get install sqlfluff)"
fi
