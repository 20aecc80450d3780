"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/sparse.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import numpy as np
import pytest
from parity import (Fl, HEADER, I, V, assert_same, convert_checked, covered, entry_case, entry_tests, error_tests,
                    exec_code, layer_case, layer_tests, net, run_both)

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.embedding", "def f(i, w): return F.embedding(i, w)", "i4,5:10", "f10,3"),
    entry_case("F.embedding", "def f(i, w): return F.embedding(i, w, padding_idx=0)", "i4,5:10", "f10,3"),
    entry_case("F.embedding", "def f(i, w): return F.embedding(i, w, 1, None, 2.0, False, True)", "i7:10", "f10,3"),
    # the padding row gets no gradient, the others do
    entry_case("F.embedding", "def f(i, w):\n    w.requires_grad_()\n"
               "    return torch.autograd.grad(F.embedding(i, w, padding_idx=2).pow(2).sum(), w)", "i4,5:6", "f6,3",
               id="embedding-padding-grad"),
    entry_case("F.one_hot", "def f(i): return F.one_hot(i, 10)", "i4,5:10"),
    entry_case("F.one_hot", "def f(i): return F.one_hot(i)", "i4,5:7"),
    entry_case("F.one_hot", "def f(i): return F.one_hot(input=i, num_classes=6)", "i3:6"),
    entry_case("F.embedding_bag", "def f(i, w): return F.embedding_bag(i, w)", "i4,5:10", "f10,3"),
    entry_case("F.embedding_bag", "def f(i, w): return F.embedding_bag(i, w, mode='max', padding_idx=2)", "i6,5:4",
               "f10,3", id="embedding_bag-max-padding"),
    entry_case("F.embedding_bag", "def f(i, w, o): return F.embedding_bag(i, w, o, mode='sum')", "i9:10", "f10,3",
               np.array([0, 2, 2, 7]), id="embedding_bag-offsets-empty-bag"),
    entry_case("F.embedding_bag", "def f(i, w, o): return F.embedding_bag(i, w, o, mode='mean', padding_idx=-1, "
               "include_last_offset=True)", "i9:10", "f10,3", np.array([0, 3, 3, 9]), id="embedding_bag-mean-last-offset"),
    entry_case("F.embedding_bag", "def f(i, w, o, p): return F.embedding_bag(i, w, o, per_sample_weights=p, mode='sum',"
               " padding_idx=0)", "i9:4", "d10,3", np.array([0, 4]), "d9", id="embedding_bag-per-sample-weights"),
    entry_case("F.embedding_bag", "def f(i, w): return F.embedding_bag(i, w, None, 1.0, 2, False, 'sum')", "i3,4:10",
               "f10,3", id="embedding_bag-max_norm"),
    # gradients reach the weight (not its padding row), and the per-sample weights
    entry_case("F.embedding_bag", "def f(i, w, o, p):\n    w.requires_grad_()\n    p.requires_grad_()\n"
               "    y = F.embedding_bag(i, w, o, mode='sum', per_sample_weights=p, padding_idx=1)\n"
               "    return (y,) + torch.autograd.grad((y * y).sum(), (w, p))", "i9:4", "f4,3", np.array([0, 5]), "f9",
               id="embedding_bag-grad-sum"),
    entry_case("F.embedding_bag", "def f(i, w):\n    w.requires_grad_()\n    y = F.embedding_bag(i, w, mode='max')\n"
               "    return torch.autograd.grad((y * y).sum(), w)", "i3,4:6", "f6,3", id="embedding_bag-grad-max"),
]

INVALID_ARGUMENTS = [
    ("def f(i, w, p): return F.embedding_bag(i, w, mode='mean', per_sample_weights=p)", ("i2,3:4", "f4,3", "f2,3")),
    ("def f(i, w): return F.embedding_bag(i, w)", ("i6:4", "f4,3")),
    ("def f(i, w): return F.embedding_bag(i, w, torch.tensor([0, 2]))", ("i2,3:4", "f4,3")),
    ("def f(i, w): return F.embedding_bag(i, w, mode='min')", ("i2,3:4", "f4,3")),
]


LAYER_CASES = [
    layer_case("Embedding", "model = nn.Embedding(10, 4)", (I(10, 3, 5),)),
    layer_case("Embedding", "model = nn.Embedding(10, 4, padding_idx=-2, sparse=True)", (I(10, 3, 5),),
               id="Embedding-padding"),
    layer_case("Embedding", "model = nn.Embedding(10, 4, max_norm=1.0, norm_type=2.0)", (I(10, 3, 5),),
               id="Embedding-max_norm"),
    layer_case("torch.nn.Embedding.from_pretrained", net("pass", "return nn.Embedding.from_pretrained(w, padding_idx=1)(i)",
                                                   "i, w"), (I(6, 2, 3), Fl(6, 4))),
    layer_case("EmbeddingBag", "model = nn.EmbeddingBag(10, 3)", (I(10, 4, 5),)),
    layer_case("EmbeddingBag", "model = nn.EmbeddingBag(10, 3, mode='max', padding_idx=0)", (I(4, 4, 5),),
               id="EmbeddingBag-max-padding"),
    layer_case("EmbeddingBag", net("self.bag = nn.EmbeddingBag(10, 3, mode='sum', padding_idx=2)",
                             "return self.bag(i, per_sample_weights=w)", "i, w"), (I(5, 4, 5), Fl(4, 5)),
               id="EmbeddingBag-sum-weights"),
    layer_case("EmbeddingBag", net("self.bag = nn.EmbeddingBag(10, 3)", "return self.bag(i, o)", "i, o"),
               (I(10, 7), V([0, 2, 2, 5], "int64")), id="EmbeddingBag-offsets"),
    layer_case("EmbeddingBag", net("self.bag = nn.EmbeddingBag(10, 3, mode='max', include_last_offset=True)",
                             "return self.bag(i, o)", "i, o"),
               (I(10, 7), V([0, 3, 7], "int64")), id="EmbeddingBag-include_last_offset"),
    layer_case("torch.nn.EmbeddingBag.from_pretrained",
               net("pass", "return nn.EmbeddingBag.from_pretrained(w, mode='sum')(i)", "i, w"), (I(6, 2, 3), Fl(6, 4))),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)
test_invalid_arguments_raise_as_in_pytorch = error_tests(INVALID_ARGUMENTS)

def test_embedding_padding_row_gets_no_gradient(torch, jittor):
    code = "model = nn.Embedding(6, 3, padding_idx=2)"
    source = HEADER + code + "\n"
    jt_model = exec_code(convert_checked(source), "case_jt.py")["model"]
    idx = jittor.array(np.array([[2, 1], [2, 0]]))
    grad = jittor.grad(jt_model(idx).sum(), jt_model.weight)
    torch.manual_seed(0)
    pt_model = exec_code(source, "case_pt.py")["model"]
    pt_model(torch.tensor([[2, 1], [2, 0]])).sum().backward()
    assert_same(pt_model.weight.grad, grad, atol=0, rtol=0)


COVERED = covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py


def test_fresh_padding_row_is_zero(torch, jittor):
    """A new Embedding/EmbeddingBag's padding row is all zeros (Jittor 1.3.11's `w[i] = 0.0` zeroed only
    its first element); the other rows are random, so only the padding row and its lookups are compared."""
    code = ("def f(i):\n"
            "    emb = nn.Embedding(10, 4, padding_idx=3)\n"
            "    bag = nn.EmbeddingBag(10, 3, padding_idx=-1)\n"
            "    pad = (i == 3).unsqueeze(-1)\n"
            "    return emb.weight[3], bag.weight[9], (emb(i) * pad).abs().sum(), emb(i).shape\n")
    both = run_both(code, [np.array([[3, 1, 3], [0, 3, 2]])])
    assert_same(both.expected, both.actual)
