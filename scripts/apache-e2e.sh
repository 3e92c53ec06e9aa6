#!/usr/bin/env bash
# End-to-end test of the static deployment: builds the app, serves it through Debian's apache2 with
# deploy/apache/otrs-console.conf included verbatim, lets the standalone simulator stand in for
# OTRS's json.pl, and runs the Playwright suite in e2e-apache/ against it. Apache and the simulator
# are stopped on every exit path. Extra arguments go to `playwright test`.
#
#   bash scripts/apache-e2e.sh                # APACHE_E2E_KEEP=1 keeps the temp dir (config, logs)
#   APACHE_E2E_SERVE=1 bash scripts/apache-e2e.sh   # no tests: serve until Ctrl-C, for a look by hand
#   APACHE_E2E_PORT / APACHE_E2E_SIM_PORT / APACHE_E2E_TLS_PORT move Apache (8480), the simulator
#   (8481) and Apache's TLS virtual host (8482, a throwaway self-signed certificate)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

apache_bin=${APACHE_BIN:-/usr/sbin/apache2}
modules=${APACHE_MODULES:-/usr/lib/apache2/modules}
apache_port=${APACHE_E2E_PORT:-8480}
sim_port=${APACHE_E2E_SIM_PORT:-8481}
tls_port=${APACHE_E2E_TLS_PORT:-8482}

if [ ! -x "$apache_bin" ]; then
  echo "apache-e2e: $apache_bin is not installed; install it with: apt-get install apache2" >&2
  exit 3
fi

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$apache_port" "$sim_port" "$tls_port"; do
  if port_in_use "$port"; then
    echo "apache-e2e: 127.0.0.1:$port is already in use; stop whatever listens there" >&2
    exit 4
  fi
done

work=$(mktemp -d /tmp/otrs-console-apache.XXXXXX)
# Apache started as root serves as www-data, which must be able to read the build.
chmod 755 "$work"
apache_pid=''
sim_pid=''

cleanup() {
  local status=$?
  if [ -n "$apache_pid" ] && kill -0 "$apache_pid" 2>/dev/null; then
    # SIGTERM makes the foreground parent stop its children too.
    kill -TERM "$apache_pid" 2>/dev/null || true
    wait "$apache_pid" 2>/dev/null || true
  fi
  if [ -n "$sim_pid" ] && kill -0 "$sim_pid" 2>/dev/null; then
    # The simulator runs in its own process group (setsid): tsx starts a child node process.
    kill -TERM -- "-$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
  fi
  if [ "$status" -ne 0 ] && [ -s "$work/error.log" ]; then
    echo "--- apache error.log (last 20 lines) ---" >&2
    tail -n 20 "$work/error.log" >&2
  fi
  if [ "${APACHE_E2E_KEEP:-}" = 1 ]; then echo "apache-e2e: kept $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for_port() {
  local port=$1 what=$2 pid=$3
  for _ in $(seq 1 300); do
    port_in_use "$port" && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "apache-e2e: $what exited before listening on $port" >&2
      return 1
    fi
    sleep 0.2
  done
  echo "apache-e2e: $what did not listen on $port within 60 s" >&2
  return 1
}

echo "apache-e2e: building into $work/dist"
node_modules/.bin/vite build --outDir "$work/dist" --emptyOutDir --logLevel warn
# The very same build under a second path: a different base path needs no rebuild.
cp -R "$work/dist" "$work/helpdesk"
# … with its own config.json, as an admin would edit it.
printf '{ "apiBase": "/otrs/api", "title": "Helpdesk" }\n' >"$work/helpdesk/config.json"
chmod -R a+rX "$work/dist" "$work/helpdesk"

echo "apache-e2e: starting the simulator on 127.0.0.1:$sim_port"
PORT=$sim_port SIM_LATENCY_MS=0 setsid ${APACHE_E2E_SIM_CMD:-node_modules/.bin/tsx simulator/server.ts} >"$work/simulator.log" 2>&1 &
sim_pid=$!

# The TLS virtual host of the guide needs a certificate: a throwaway one for 127.0.0.1.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
  -keyout "$work/tls.key" -out "$work/tls.crt" 2>/dev/null

user_lines=''
if [ "$(id -u)" = 0 ]; then user_lines=$'User www-data\nGroup www-data'; fi

cat >"$work/httpd.conf" <<EOF
# Throwaway server for the test; everything that concerns the console comes from the Include.
ServerRoot "$work"
DefaultRuntimeDir "$work"
PidFile "$work/httpd.pid"
Mutex file:$work default
Listen 127.0.0.1:$apache_port
ServerName 127.0.0.1
$user_lines
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule mime_module $modules/mod_mime.so
LoadModule dir_module $modules/mod_dir.so
LoadModule alias_module $modules/mod_alias.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule headers_module $modules/mod_headers.so
LoadModule filter_module $modules/mod_filter.so
LoadModule substitute_module $modules/mod_substitute.so
LoadModule deflate_module $modules/mod_deflate.so
LoadModule proxy_module $modules/mod_proxy.so
LoadModule proxy_http_module $modules/mod_proxy_http.so
LoadModule socache_shmcb_module $modules/mod_socache_shmcb.so
LoadModule ssl_module $modules/mod_ssl.so
TypesConfig /etc/mime.types
StartServers 1
MinSpareThreads 4
MaxSpareThreads 32
ThreadsPerChild 16
MaxRequestWorkers 32
ErrorLog "$work/error.log"
LogLevel warn
LogFormat "%h \"%r\" -> \"%U%q\" %>s %{Content-Type}o" e2e
CustomLog "$work/access.log" e2e
DocumentRoot "$work/docroot"
<Directory />
    Require all denied
    AllowOverride None
</Directory>

# Stands in for OTRS: its json.pl is the simulator. /otrs/api is deliberately not proxied, so the
# snippet's RewriteRule must turn it into json.pl for the console to work at all.
ProxyPass /otrs/json.pl http://127.0.0.1:$sim_port/otrs/json.pl
ProxyPassReverse /otrs/json.pl http://127.0.0.1:$sim_port/otrs/json.pl

# The admin's default: only the dist/ location set, the base path left at /otrs-console.
Define OTRS_CONSOLE_ROOT "$work/dist"
Include "$repo/deploy/apache/otrs-console.conf"

UnDefine OTRS_CONSOLE_BASE
UnDefine OTRS_CONSOLE_ROOT
Define OTRS_CONSOLE_BASE /helpdesk
Define OTRS_CONSOLE_ROOT "$work/helpdesk"
Include "$repo/deploy/apache/otrs-console.conf"

# The TLS virtual host as docs/deploy.md has it: HSTS there, and only there. It inherits the console
# from the main server above (Alias, Directory and Location blocks apply to every virtual host).
Listen 127.0.0.1:$tls_port
SSLSessionCache "shmcb:$work/ssl_scache(512000)"
<VirtualHost 127.0.0.1:$tls_port>
    SSLEngine on
    SSLCertificateFile "$work/tls.crt"
    SSLCertificateKeyFile "$work/tls.key"
    Header always set Strict-Transport-Security "max-age=31536000; includeSubDomains"
</VirtualHost>
EOF
mkdir -p "$work/docroot"

"$apache_bin" -t -f "$work/httpd.conf"
wait_for_port "$sim_port" simulator "$sim_pid" || { tail -n 20 "$work/simulator.log" >&2; exit 1; }

echo "apache-e2e: starting apache2 on 127.0.0.1:$apache_port"
"$apache_bin" -f "$work/httpd.conf" -DFOREGROUND &
apache_pid=$!
wait_for_port "$apache_port" apache2 "$apache_pid"
wait_for_port "$tls_port" apache2 "$apache_pid"

if [ "${APACHE_E2E_SERVE:-}" = 1 ]; then
  echo "apache-e2e: serving http://127.0.0.1:$apache_port/otrs-console/ and /helpdesk/ (Ctrl-C stops)"
  wait "$apache_pid"
  exit 0
fi

APACHE_E2E_URL="http://127.0.0.1:$apache_port" APACHE_E2E_TLS_URL="https://127.0.0.1:$tls_port" SIM_URL="http://127.0.0.1:$sim_port" \
  node_modules/.bin/playwright test -c playwright.apache.config.ts "$@"
