# Sourced by the suites in tests/node (not a suite itself: scripts/test.sh runs only tests/node/*.sh).
# start_server starts the real program as the README does, on a free loopback port and its own fresh data
# folder, waits until /health answers, and sets SERVER_URL; the trap it installs kills the server and removes
# the folder however the suite ends. Set JOBMATCH_SERVER_LOG to keep the server's output somewhere else.

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
SERVER_PID="" SERVER_DATA="" SERVER_URL=""

stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    # The server runs in its own process group (setsid): end dotnet run and the program it started together.
    kill -TERM -- "-$SERVER_PID" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$SERVER_PID" 2>/dev/null
  fi
  SERVER_PID=""
  [ -n "$SERVER_DATA" ] && rm -rf "$SERVER_DATA"
  SERVER_DATA=""
}

# start_server [NAME=VALUE ...]: extra environment for the server, e.g. JobMatch__Ide__Path=/nowhere.
start_server() {
  cd "$REPO_ROOT" || return 1
  if [ ! -f src/JobMatch.Graph/bin/Debug/net10.0/JobMatch.Graph.dll ]; then
    dotnet build src/JobMatch.Graph -v quiet -nologo >/dev/null || { echo "dotnet build failed"; return 1; }
  fi
  local port
  port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
  SERVER_DATA=$(mktemp -d "${TMPDIR:-/tmp}/jobmatch-node.XXXXXX")
  SERVER_URL="http://127.0.0.1:$port"
  local log=${JOBMATCH_SERVER_LOG:-$SERVER_DATA/server.log}
  trap stop_server EXIT
  trap 'exit 130' INT TERM
  env ASPNETCORE_ENVIRONMENT=Development JobMatch__DataDirectory="$SERVER_DATA/data" "$@" \
    setsid dotnet run --project src/JobMatch.Graph --no-launch-profile --no-build -- --urls="$SERVER_URL" >"$log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 600); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "the server exited while starting:"; tail -20 "$log"; return 1; fi
    if curl -fs -o /dev/null --max-time 2 "$SERVER_URL/health"; then return 0; fi
    sleep 0.2
  done
  echo "the server did not answer $SERVER_URL/health within 120 s:"; tail -20 "$log"
  return 1
}
