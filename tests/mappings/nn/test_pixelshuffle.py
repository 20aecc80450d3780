"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/pixelshuffle.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import Fl, covered, entry_case, entry_tests, layer_case, layer_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.pixel_shuffle", "def f(x): return F.pixel_shuffle(x, 2)", "f2,8,3,4"),
    entry_case("F.pixel_unshuffle", "def f(x): return F.pixel_unshuffle(x, downscale_factor=2)", "f2,2,6,4"),
    entry_case("torch.nn.functional.pixel_shuffle torch.nn.functional.pixel_unshuffle",
               "def f(x): return torch.pixel_shuffle(x, 2), torch.pixel_unshuffle(x, 2)", "f1,8,4,6", id="torch.pixel_shuffle"),
]


LAYER_CASES = [
    layer_case("PixelShuffle", "model = nn.PixelShuffle(2)", (Fl(2, 12, 3, 4),)),
    layer_case("PixelShuffle", "model = nn.PixelShuffle(upscale_factor=3)", (Fl(2, 2, 9, 3, 2),), id="PixelShuffle-5d"),
    layer_case("PixelUnshuffle", "model = nn.PixelUnshuffle(2)", (Fl(2, 3, 4, 6),)),
    layer_case("PixelUnshuffle", "model = nn.PixelUnshuffle(downscale_factor=3)", (Fl(3, 6, 9),), id="PixelUnshuffle-3d"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py
