#!/usr/bin/env bash
# Regenerates the tab-bar icons (81×81), the finder's map marker (60×80, shown at 30×40) and the
# channel share images (500×400, 5:4) from the
# inline SVG/HTML below, through headless Chromium screenshots. Run from anywhere:
#   bash src/assets/make-assets.sh
# Needs /usr/bin/chromium and fonts-noto-cjk. The PNGs are committed; this is only for changes.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

shot() { # html-file png-file width height
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --screenshot="$2" --window-size="$3,$4" --default-background-color=00000000 "file://$1" >/dev/null 2>&1
}

# ---- tab icons: grey #6B6B6B (5.3:1 on white) and union red #C8102E when selected ------------
home_svg='<path d="M12 38 L40.5 13 L69 38" fill="none" stroke="COLOR" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/><path d="M20 34 V68 H61 V34" fill="none" stroke="COLOR" stroke-width="6" stroke-linejoin="round"/><rect x="34" y="47" width="13" height="21" fill="COLOR"/>'
services_svg='<rect x="13" y="13" width="23" height="23" rx="5" fill="none" stroke="COLOR" stroke-width="6"/><rect x="45" y="13" width="23" height="23" rx="5" fill="none" stroke="COLOR" stroke-width="6"/><rect x="13" y="45" width="23" height="23" rx="5" fill="none" stroke="COLOR" stroke-width="6"/><rect x="42" y="42" width="29" height="29" rx="7" fill="COLOR"/>'
mine_svg='<circle cx="40.5" cy="27" r="13" fill="none" stroke="COLOR" stroke-width="6"/><path d="M14 70 C14 53 26 45 40.5 45 C55 45 67 53 67 70" fill="none" stroke="COLOR" stroke-width="6" stroke-linecap="round"/>'

icon() { # name svg-body
  for variant in "grey:#6B6B6B:" "red:#C8102E:-active"; do
    IFS=: read -r tag color suffix <<<"$variant"
    body="${2//COLOR/$color}"
    printf '<!doctype html><html><head><style>html,body{margin:0;background:transparent;overflow:hidden}svg{display:block}</style></head><body><svg width="81" height="81" viewBox="0 0 81 81" xmlns="http://www.w3.org/2000/svg">%s</svg></body></html>' "$body" >"$TMP/$1-$tag.html"
    shot "$TMP/$1-$tag.html" "$HERE/tab/$1$suffix.png" 81 81
  done
}
icon home "$home_svg"
icon services "$services_svg"
icon mine "$mine_svg"

# ---- map marker (weapp 找阵地): a union-red pin with a white dot; lives in the services subpackage --
mkdir -p "$HERE/../packages/services/assets"
printf '<!doctype html><html><head><style>html,body{margin:0;background:transparent;overflow:hidden}svg{display:block}</style></head><body><svg width="60" height="80" viewBox="0 0 60 80" xmlns="http://www.w3.org/2000/svg"><path d="M30 78 C30 78 4 48 4 29 A26 26 0 0 1 56 29 C56 48 30 78 30 78 Z" fill="#C8102E" stroke="#FFFFFF" stroke-width="3"/><circle cx="30" cy="29" r="10" fill="#FFFFFF"/></svg></body></html>' >"$TMP/marker.html"
shot "$TMP/marker.html" "$HERE/../packages/services/assets/marker.png" 60 80

# ---- share images: white text on union red; one per known channel and a default ----------------
share() { # file-name title
  cat >"$TMP/$1.html" <<HTML
<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
html,body{margin:0;width:500px;height:400px;overflow:hidden}
body{background:#C8102E;color:#fff;font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;
  display:flex;flex-direction:column;justify-content:center;align-items:center;box-sizing:border-box;
  border:14px solid #A50D26}
.bar{width:96px;height:8px;background:#FFD400;border-radius:4px;margin-bottom:36px}
.title{font-size:64px;font-weight:700;letter-spacing:6px}
.org{margin-top:28px;font-size:32px;letter-spacing:4px;opacity:.95}
</style></head><body><div class="bar"></div><div class="title">$2</div><div class="org">福田区总工会</div></body></html>
HTML
  shot "$TMP/$1.html" "$HERE/share/$1.png" 500 400
}
share ghdt '工会动态'
share tzgg '通知公告'
share zwxxgk '政务信息公开'
share default '工会资讯'
echo "done: $HERE/tab, $HERE/share, src/packages/services/assets"
