#!/bin/sh
# How long Cues.accept takes per session event (it must never block a player), and how long each
# tone pattern takes to render. Prints numbers; run from the repo root after `mvn -q -B package -DskipTests`.
#   bench/cue-latency.sh [ROUTINE] [VOICE-COMMAND]
set -e
cd "$(dirname "$0")/.."
CP="target/classes:$(ls ~/.m2/repository/com/typesafe/config/1.4.5/config-1.4.5.jar)"
exec java -cp "$CP" bench/CueLatency.java "$@"
