#!/bin/sh
# The Helm 4 post-renderer plugin's command: `calico-ipam-lint gate [options] -`, the rendered
# manifests on standard input, written back unchanged when they pass. Options come from
# --post-renderer-args; HELM_NAMESPACE, when set, places objects that name no namespace.
set -u

# The CLI beside this plugin (the npm package or a clone holds both), else the one on PATH.
here=$(dirname "$(readlink -f "$0" 2>/dev/null || echo "$0")")
if [ -f "$here/../bin/calico-ipam-lint.js" ] && command -v node >/dev/null 2>&1; then
  set -- node "$here/../bin/calico-ipam-lint.js" gate ${HELM_NAMESPACE:+"--namespace=$HELM_NAMESPACE"} "$@" -
elif command -v calico-ipam-lint >/dev/null 2>&1; then
  set -- calico-ipam-lint gate ${HELM_NAMESPACE:+"--namespace=$HELM_NAMESPACE"} "$@" -
else
  echo "calico-ipam-lint helm plugin: no calico-ipam-lint (npm install -g calico-ipam-lint) and no node to run the one beside the plugin" >&2
  exit 2
fi

# Helm 4 captures a post-renderer plugin's standard error and never shows it (helm
# internal/plugin/runtime_subprocess.go, runPostrenderer), so the findings would be lost. Send them
# to Helm's own standard error when it is a terminal or a pipe (Linux, through /proc; a file is left
# alone: writing beside Helm's own offset would overwrite its text), or else to the terminal.
# Otherwise write a report: --post-renderer-args=--format=json --post-renderer-args=--output-file=F.
# (The probes run in subshells: a failed redirection of `:` ends a POSIX shell.)
if [ -e "/proc/$PPID/fd/2" ] && [ ! -f "/proc/$PPID/fd/2" ] && (: >>"/proc/$PPID/fd/2") 2>/dev/null; then
  exec 2>>"/proc/$PPID/fd/2"
elif (: >/dev/tty) 2>/dev/null; then
  exec 2>/dev/tty
fi
exec "$@"
