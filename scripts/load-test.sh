#!/bin/sh
# Runs the test suite beside CPU-burning processes and reports pass/fail per run.
#
#   scripts/load-test.sh [-r RUNS] [-b BURNERS] [-- COMMAND...]
#
# Defaults: 3 runs, 8 burners (`sh -c 'while :; do :; done'`), command `npm test`. The burners are
# started once, before the first run, and killed on exit (also on Ctrl-C). Each run's output goes to
# a log file under $LOAD_TEST_LOGS (default: a fresh temp dir); the summary names it for failed runs.
# Exit status: 0 only if every run passed.
set -u

RUNS=3
BURNERS=8
while [ $# -gt 0 ]; do
  case "$1" in
    -r) RUNS="$2"; shift 2 ;;
    -b) BURNERS="$2"; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "load-test: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$RUNS" in ''|*[!0-9]*) echo "load-test: -r needs a whole number, got '$RUNS'" >&2; exit 2 ;; esac
case "$BURNERS" in ''|*[!0-9]*) echo "load-test: -b needs a whole number, got '$BURNERS'" >&2; exit 2 ;; esac
[ $# -eq 0 ] && set -- npm test

LOGS="${LOAD_TEST_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/load-test.XXXXXX")}"
mkdir -p "$LOGS"
PIDS=""
CHILD=""
cleanup() {
  # The run under test is its own process group (setsid below): stop all of it, then the burners.
  [ -n "$CHILD" ] && kill -TERM "-$CHILD" 2>/dev/null
  for pid in $PIDS; do kill "$pid" 2>/dev/null; done
  PIDS=""
  CHILD=""
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

i=0
while [ "$i" -lt "$BURNERS" ]; do
  sh -c 'while :; do :; done' &
  PIDS="$PIDS $!"
  i=$((i + 1))
done
echo "load-test: $BURNERS burners on $(nproc 2>/dev/null || echo '?') cores, $RUNS run(s) of: $*"
echo "load-test: logs in $LOGS"

passed=0
run=1
while [ "$run" -le "$RUNS" ]; do
  log="$LOGS/run-$run.log"
  start=$(date +%s)
  # In the background and waited for, so that a signal reaches the trap at once (not after the run).
  setsid "$@" >"$log" 2>&1 &
  CHILD=$!
  wait "$CHILD"
  status=$?
  CHILD=""
  seconds=$(( $(date +%s) - start ))
  summary=$(grep -E '^ +Tests +[0-9]' "$log" | tail -1 | sed 's/^ *//')
  if [ "$status" -eq 0 ]; then
    passed=$((passed + 1))
    echo "run $run/$RUNS: PASS in ${seconds}s ${summary:+($summary)}"
  else
    echo "run $run/$RUNS: FAIL (exit $status) in ${seconds}s ${summary:+($summary)} -- see $log"
    grep -E '^ *(FAIL|×) ' "$log" | sort -u | head -20 | sed 's/^/    /'
  fi
  run=$((run + 1))
done
echo "load-test: $passed of $RUNS run(s) passed with $BURNERS burners"
[ "$passed" -eq "$RUNS" ]
