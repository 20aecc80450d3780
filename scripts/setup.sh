#!/usr/bin/env bash
# One-shot, idempotent environment set-up for torch2jittor on a fresh machine.
#
# Creates (or reuses) a virtualenv at a FIXED path outside the clone, because Jittor's
# compile cache is keyed by the interpreter's path: a venv inside each fresh clone would
# pay Jittor's ~5 minute self-compilation on every CI run (see ../shared/ENVIRONMENT.md).
#
# Prints nothing but progress; the venv's path is $T2J_VENV (default ~/.cache/torch2jittor/venv).
# `--converter-only` installs just torch2jittor (it needs neither framework to convert code).
set -euo pipefail
converter_only=0
[ "${1:-}" = "--converter-only" ] && converter_only=1

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=${T2J_VENV:-$HOME/.cache/torch2jittor/venv}
python=${T2J_PYTHON:-python3}
stamp="$venv/.t2j-setup-ok"

log() { printf '[setup] %s\n' "$*" >&2; }

if [ "$converter_only" = 1 ]; then
    if [ ! -x "$venv/bin/python" ]; then
        log "creating virtualenv at $venv"
        mkdir -p "$(dirname "$venv")"
        "$python" -m venv "$venv"
    fi
    "$venv/bin/python" -m pip install -q --no-deps -e "$repo_root" 2>/dev/null \
        || "$venv/bin/python" -m pip install -q --no-deps -e "$repo_root"
    # The converter's one dependency (pyproject.toml): the progress bar.
    "$venv/bin/python" -c "import tqdm" 2>/dev/null || "$venv/bin/python" -m pip install -q "tqdm>=4.60"
    exit 0
fi

# 1. Debian's oneDNN stands in for the oneDNN archive Jittor tries to download (offline here).
if ! dpkg -s libdnnl-dev >/dev/null 2>&1; then
    log "installing Debian's oneDNN (libdnnl-dev) for Jittor"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq libdnnl-dev libdnnl2 ocl-icd-libopencl1 >/dev/null
fi

# 2. The virtualenv with pinned frameworks (torch/torchvision come from this machine's disk).
if [ ! -x "$venv/bin/python" ]; then
    log "creating virtualenv at $venv"
    mkdir -p "$(dirname "$venv")"
    "$python" -m venv "$venv"
fi
if [ ! -f "$stamp" ] || [ "$repo_root/requirements-dev.txt" -nt "$stamp" ]; then
    log "installing pinned requirements (torch 2.14.1, torchvision 0.29.1, jittor 1.3.11; minutes on first run)"
    # (pip warns about index folders this machine lacks; those warnings are harmless)
    "$venv/bin/python" -m pip install -q -r "$repo_root/requirements-dev.txt" 2>&1 | grep -v "^WARNING: Location" >&2 || true
    # (jittor is only located here: importing it must wait for the oneDNN set-up below)
    "$venv/bin/python" -c "import torch, torchvision, importlib.util as u; assert u.find_spec('jittor')" 2>/dev/null || {
        "$venv/bin/python" -m pip install -r "$repo_root/requirements-dev.txt"; exit 1; }
    # timm's model files are a conversion corpus (read, never imported): its dependencies are not needed.
    "$venv/bin/python" -m pip install -q --no-deps "timm==1.0.31" 2>&1 | grep -v "^WARNING: Location" >&2 || true
    touch "$stamp"
fi
# The project itself, editable, so a fresh clone at any path is what gets imported.
"$venv/bin/python" -m pip install -q --no-deps -e "$repo_root" 2>/dev/null \
    || "$venv/bin/python" -m pip install -q --no-deps -e "$repo_root"

# 3. Point Jittor's oneDNN ("mkl") cache at Debian's library so it skips the download.
# (Jittor's home: $JITTOR_HOME, else $HOME. Set explicitly: Jittor would otherwise follow whatever
# ~/.cache/jittor/config.json last recorded, which any run with JITTOR_HOME set rewrites.)
export JITTOR_HOME="${JITTOR_HOME:-$HOME}"
mkl_dir="$JITTOR_HOME/.cache/jittor/mkl/dnnl_lnx_2.2.0_cpu_gomp"
if [ ! -e "$mkl_dir/lib/libmkldnn.so" ]; then
    log "linking Debian's oneDNN into $mkl_dir"
    mkdir -p "$mkl_dir/include" "$mkl_dir/lib"
    for h in /usr/include/dnnl*.h* /usr/include/oneapi; do
        [ -e "$h" ] && ln -sfn "$h" "$mkl_dir/include/$(basename "$h")"
    done
    lib=$(ls /usr/lib/*/libdnnl.so.2 2>/dev/null | head -n1)
    ln -sfn "$lib" "$mkl_dir/lib/libmkldnn.so"
fi

# 4. Let Jittor compile itself once (cached under ~/.cache/jittor for this venv's path).
export nvcc_path="" log_silent=1
if ! "$venv/bin/python" -c "import jittor" >/dev/null 2>&1; then
    log "first Jittor import failed; output follows"
    "$venv/bin/python" -c "import jittor"
    exit 1
fi
log "ready: $venv"
