#!/bin/sh
# TRANSITIONAL (issue 16, removed when the work is merged): builds i18n/en.ftl and i18n/ko.ftl
# from i18n/parts/*.<lang>.ftl, each helper's own file. Run from the repository root.
set -e
for lang in en ko; do
  out="i18n/$lang.ftl.$$"
  first=1
  for part in i18n/parts/*."$lang".ftl; do
    [ "$first" = 1 ] || printf '\n' >> "$out"
    cat "$part" >> "$out"
    first=0
  done
  mv "$out" "i18n/$lang.ftl"
done
