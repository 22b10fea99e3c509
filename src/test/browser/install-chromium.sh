#!/bin/sh
# Installs what the browser tests drive: Debian's chromium and its chromedriver, with a font.
# Run by Maven before the integration tests; does nothing when both are already there.
# Needs root or password-less sudo for apt-get; -Dbrowser.skip=true leaves the browser tests out.
set -eu

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  echo "The browser tests need Debian's chromium and chromium-driver, and installing them needs root." >&2
  echo "Install them (apt-get install chromium chromium-driver fonts-liberation) or run with -Dbrowser.skip=true." >&2
  exit 1
fi

echo "Installing Debian's chromium and chromium-driver for the browser tests"
export DEBIAN_FRONTEND=noninteractive
apt_get() {
  $as_root apt-get -q -y -o DPkg::Lock::Timeout=300 "$@"
}
apt_get update >/dev/null
apt_get install --no-install-recommends chromium chromium-driver fonts-liberation >/dev/null
/usr/bin/chromium --version
