"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/channelshuffle.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import Fl, covered, entry_case, entry_tests, layer_case, layer_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.channel_shuffle", "def f(x): return F.channel_shuffle(x, 3)", "f2,6,3,3"),
    entry_case("torch.nn.functional.channel_shuffle", "def f(x): return torch.channel_shuffle(x, 3)", "f2,6,2,2",
               id="torch.channel_shuffle"),
]


LAYER_CASES = [
    layer_case("ChannelShuffle", "model = nn.ChannelShuffle(3)", (Fl(2, 6, 4, 4),)),
    layer_case("ChannelShuffle", "model = nn.ChannelShuffle(groups=2)", (Fl(2, 4, 5),), id="ChannelShuffle-3d"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py
