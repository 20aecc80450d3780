"""What the benchmark's parts share: its settings, its exit codes, its two errors."""
from __future__ import annotations

DEFAULT_MODELS = ["alexnet", "vgg16", "resnet50", "squeezenet1_1", "wide_resnet50_2"]
DEFAULT_BATCH_SIZES = [1, 2, 4, 8]
FRAMEWORKS = ("pytorch", "jittor_converted", "jittor_handwritten")
LABELS = {
    "pytorch": "PyTorch",
    "jittor_converted": "Jittor converted",
    "jittor_handwritten": "Jittor hand-written",
}
TOLERANCE = 1e-3  # the seed's threshold for the mean relative error

# --turns auto / --warmup auto
AUTO_LOOP_S = 0.5  # aim for this much time per timed loop ...
AUTO_MIN_TURNS, AUTO_MAX_TURNS = 2, 50  # ... within these bounds
WARMUP_MAX, WARMUP_MIN, WARMUP_BUDGET_S = 10, 2, 1.0

EXIT_OK, EXIT_MISMATCH, EXIT_BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """The user's input cannot be benchmarked: exit 2 with this message."""


class ConvertedFailed(Exception):
    """The converted Jittor model raised: that is the finding (exit 1)."""
