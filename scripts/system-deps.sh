#!/usr/bin/env bash
# System packages rightsgraph needs beyond Python 3.11: Java 17 and Maven (the local
# Neo4j is fetched from Maven Central and runs on the JVM), Chromium + chromedriver
# (the Neo4j Browser test). Installed with apt-get when missing and we are root;
# otherwise we say what is missing and go on (the browser test then skips, saying why).
set -u
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if [ "${RIGHTSGRAPH_SKIP_BROWSER:-0}" != 1 ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
fi
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "warning: apt-get could not install ${need[*]}"
else
  echo "warning: missing system packages: ${need[*]} (install them, e.g. apt-get install ${need[*]})"
fi
exit 0
