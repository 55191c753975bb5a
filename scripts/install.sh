#!/usr/bin/env bash
# Installs remotegpu-agent or remotegpu-control-plane on this machine as a systemd service.
# Run from a checkout after `pnpm install`, as root:
#
#   sudo scripts/install.sh agent --control-plane https://cp.example.com --join-token rgjt_...
#   sudo scripts/install.sh control-plane [--database-url postgres://...]
#
# What it does: builds, copies a self-contained copy of the package (with its production
# dependencies) to /opt/remotegpu-<role>, writes /etc/remotegpu/<role>.env (mode 0600) unless it
# exists, installs the unit from systemd/, and enables and starts it.
# Options: --root DIR installs under DIR instead of / (for packaging and tests; implies
# --no-start); --no-start skips systemctl.
set -euo pipefail

role="${1:-}"; shift || true
case "$role" in agent|control-plane) ;; *) echo "usage: $0 agent|control-plane [options]" >&2; exit 64;; esac

root=""; start=1; control_plane=""; join_token=""; database_url=""; nvidia_smi=""
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root="$2"; start=0; shift 2;;
    --no-start) start=0; shift;;
    --control-plane) control_plane="$2"; shift 2;;
    --join-token) join_token="$2"; shift 2;;
    --database-url) database_url="$2"; shift 2;;
    --nvidia-smi) nvidia_smi="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 64;;
  esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$major" -ge 20 ] || { echo "Node.js 20 or newer is required (found $(node --version))" >&2; exit 1; }
if [ "$role" = agent ] && [ -z "$control_plane" ] && [ ! -f "$root/etc/remotegpu/agent.env" ]; then
  echo "--control-plane is required for a new agent install" >&2; exit 64
fi

prefix="$root/opt/remotegpu-$role"
(cd "$repo" && pnpm -s build)
rm -rf "$prefix.new"
(cd "$repo" && pnpm --filter "@remotegpu/$role" deploy --legacy --prod "$prefix.new" >/dev/null)
cp "$repo/README.md" "$prefix.new/README.md"
rm -rf "$prefix.old"; [ -d "$prefix" ] && mv "$prefix" "$prefix.old"
mv "$prefix.new" "$prefix"; rm -rf "$prefix.old"

install -d -m 0755 "$root/etc/remotegpu"
env_file="$root/etc/remotegpu/$role.env"

# set_key FILE KEY VALUE: replace KEY's line in an existing env file, or append it.
set_key() {
  local tmp; tmp="$(mktemp "$1.XXXXXX")"
  grep -v "^$2=" "$1" > "$tmp" || true
  echo "$2=$3" >> "$tmp"
  chmod 0600 "$tmp"; mv "$tmp" "$1"
}

if [ -f "$env_file" ]; then
  # Re-running the install updates what was given on the command line (for example a new join
  # token to enroll the host again) and keeps everything else.
  [ -n "$control_plane" ] && set_key "$env_file" REMOTEGPU_CONTROL_PLANE "$control_plane"
  [ -n "$join_token" ] && set_key "$env_file" REMOTEGPU_JOIN_TOKEN "$join_token"
  [ -n "$nvidia_smi" ] && set_key "$env_file" REMOTEGPU_NVIDIA_SMI "$nvidia_smi"
  [ -n "$database_url" ] && set_key "$env_file" DATABASE_URL "$database_url"
  echo "updated $env_file"
else
  umask 077
  if [ "$role" = agent ]; then
    {
      echo "# remotegpu-agent settings (README.md, Configuration). The join token is used once."
      echo "REMOTEGPU_CONTROL_PLANE=$control_plane"
      [ -n "$join_token" ] && echo "REMOTEGPU_JOIN_TOKEN=$join_token"
      [ -n "$nvidia_smi" ] && echo "REMOTEGPU_NVIDIA_SMI=$nvidia_smi"
      echo "#REMOTEGPU_DOCKER_HOST=unix:///var/run/docker.sock"
    } > "$env_file"
  else
    {
      echo "# remotegpu-control-plane settings (README.md, Configuration)."
      echo "# Agents connect to HOST:PORT (HTTP API and /agent/v1): put a TLS proxy in front of it."
      echo "HOST=0.0.0.0"
      echo "PORT=8080"
      echo "# The gRPC admin API stays on loopback; GRPC_HOST opens it to operators' networks."
      echo "GRPC_HOST=127.0.0.1"
      [ -n "$database_url" ] && echo "DATABASE_URL=$database_url"
      echo "ADMIN_TOKEN=$(node -e 'console.log("rgadm_" + require("crypto").randomBytes(32).toString("base64url"))')"
    } > "$env_file"
  fi
  chmod 0600 "$env_file"
  echo "wrote $env_file"
fi

install -d -m 0755 "$root/etc/systemd/system"
install -m 0644 "$repo/systemd/remotegpu-$role.service" "$root/etc/systemd/system/"
if [ "$role" = control-plane ] && [ -z "$root" ] && ! id remotegpu >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/remotegpu --shell /usr/sbin/nologin remotegpu
fi
if [ "$start" = 1 ]; then
  systemctl daemon-reload
  systemctl enable --now "remotegpu-$role"
  echo "started remotegpu-$role; follow it with: journalctl -u remotegpu-$role -f"
else
  echo "installed remotegpu-$role under ${root:-/} (not started)"
fi
