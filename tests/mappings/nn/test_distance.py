"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/distance.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import Fl, PAIR, covered, entry_case, entry_tests, layer_case, layer_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.cosine_similarity", "def f(x, y): return F.cosine_similarity(x, y)", "f3,4,5", "f3,4,5"),
    entry_case("F.cosine_similarity", "def f(x, y): return F.cosine_similarity(x, y, dim=-1, eps=1e-6)", "f3,4,5",
               "f1,4,5"),
    entry_case("F.cosine_similarity", "def f(x, y): return F.cosine_similarity(x, y)", "f4,5", "f5",
               id="cosine_similarity-broadcast"),
    entry_case("F.pairwise_distance", "def f(x, y): return F.pairwise_distance(x, y)", "f4,5", "f4,5"),
    entry_case("F.pairwise_distance", "def f(x, y): return F.pairwise_distance(x, y, p=1, keepdim=True)", "f4,5",
               "f4,5"),
    entry_case("torch.nn.functional.cosine_similarity torch.nn.functional.pairwise_distance",
               "def f(a, b): return torch.cosine_similarity(a, b, 0), torch.pairwise_distance(a, b, 1.0)", "f4,5", "f4,5",
               id="torch.cosine_similarity"),
    entry_case("torch.nn.functional.pdist", "def f(x): return torch.pdist(x), torch.pdist(x, 1)", "f5,3", atol=1e-4,
               id="torch.pdist"),
    entry_case("torch.nn.functional.pdist", "def f(x): return F.pdist(x, p=float('inf')), F.pdist(x, 0.5)", "f4,3",
               atol=1e-4),
]


LAYER_CASES = [
    layer_case("CosineSimilarity", "model = nn.CosineSimilarity()", (Fl(4, 5, 3), Fl(4, 5, 3))),
    layer_case("CosineSimilarity", "model = nn.CosineSimilarity(dim=-1, eps=1e-6)", (Fl(4, 5), Fl(1, 5)),
               id="CosineSimilarity-broadcast"),
    layer_case("PairwiseDistance", "model = nn.PairwiseDistance()", PAIR),
    layer_case("PairwiseDistance", "model = nn.PairwiseDistance(p=1.0, eps=1e-3, keepdim=True)", PAIR,
               id="PairwiseDistance-p1"),
    layer_case("PairwiseDistance", "model = nn.PairwiseDistance(3)", PAIR, id="PairwiseDistance-p3"),
    layer_case("PairwiseDistance", "model = nn.PairwiseDistance(float('inf'))", PAIR, id="PairwiseDistance-inf"),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py
