#!/usr/bin/env bash
# `npm test`'s pretest: the browser tests drive Debian's Chromium (its headless shell, see
# test/helpers/browser.ts) and screenshot Chinese text, so both must be on the machine. As root (CI, a fresh container) it installs them, as .ci/run used
# to; otherwise it names the one command to run and stops before any test starts.
set -euo pipefail

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium-headless-shell}"
missing=()
[ -x "$chromium_path" ] || missing+=(chromium-headless-shell)
# fonts-noto-cjk's files; fc-list may be absent on a bare machine, so look for the files themselves.
if ! ls /usr/share/fonts/opentype/noto/NotoSansCJK* >/dev/null 2>&1; then missing+=(fonts-noto-cjk); fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$chromium_path" ]; then
  echo "CHROMIUM_PATH=$chromium_path 不是可执行文件：请改为 Chromium 的路径，或去掉 CHROMIUM_PATH 使用 Debian 的 chromium-headless-shell。" >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "浏览器测试需要 ${missing[*]}。请先运行：sudo apt-get install -y chromium-headless-shell fonts-noto-cjk" >&2
  exit 1
fi

echo "正在安装浏览器测试所需的 ${missing[*]}（apt-get，约 1 分钟）…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
echo "已安装 ${missing[*]}。"
