#!/usr/bin/env bash
# Builds template-bench in release mode and runs it: the same article page rendered by
# BroadsideTemplates and by swift-mustache. Arguments: [iterations per round] [rounds].
set -euo pipefail
cd "$(dirname "$0")"
swift build -c release --product template-bench
exec .build/release/template-bench "$@"
