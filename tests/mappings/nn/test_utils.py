"""torch.nn.utils run in both frameworks (mappings/nn/utils.py, runtime nn/packed.py): packed and padded
sequences (PackedSequence's four fields, int64 batch sizes, lengths and indices, enforce_sorted, batch_first,
ties among the lengths) and the recurrent layers fed a PackedSequence (each sequence over its own steps, the
reverse direction from its last step, final states in the batch's order), in every call shape of PaConvert's rule.
"""
import pytest
from parity import assert_converts, assert_same, assert_same_error, check_call_shape, run_both, shape_cases

pytestmark = pytest.mark.frameworks

RNN_UTILS = "nn.utils.rnn."


def case(covers, body, *inputs, args="x", atol=1e-5, rtol=1e-5, id=None):
    keys = covers.split()
    typed = ", ".join(f"{a.strip()}: torch.Tensor" for a in args.split(","))
    code = f"def f({typed}):\n    {body}"
    return pytest.param(keys, code, list(inputs), "f", False, atol, rtol, id=id or keys[0].rsplit(".", 1)[-1])


def layer_case(covers, layer, body, *inputs, atol=1e-5, rtol=1e-5, id=None):
    """A module holding `layer` as self.rnn whose forward(x, h) runs `body`; called as `model`."""
    keys = covers.split()
    code = (f"class M(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.rnn = {layer}\n"
            f"    def forward(self, x, h):\n        {body}\nmodel = M()")
    return pytest.param(keys, code, list(inputs), "model", False, atol, rtol, id=id)


PACK = "torch.nn.utils.rnn.pack_padded_sequence"
PAD_PACKED = "torch.nn.utils.rnn.pad_packed_sequence"
PAD = "torch.nn.utils.rnn.pad_sequence"

CASES = [
    case(PACK, "return nn.utils.rnn.pack_padded_sequence(x, [4, 3, 3, 1])", "f4,4,3"),
    case(PACK, "return nn.utils.rnn.pack_padded_sequence(x, [2, 5, 2, 4], batch_first=True, enforce_sorted=False)",
         "f4,5,3", id="pack_padded_sequence-unsorted-ties"),
    case(PACK, "return nn.utils.rnn.pack_padded_sequence(x, n, True, False)", "f3,6,2", "i3:1,6", args="x, n",
         id="pack_padded_sequence-tensor-lengths"),
    case(f"{PACK} {PAD_PACKED}", "p = nn.utils.rnn.pack_padded_sequence(x, [3, 6, 1], enforce_sorted=False)\n    "
         "return nn.utils.rnn.pad_packed_sequence(p, batch_first=True, padding_value=-1.5, total_length=8)",
         "f6,3,2", id="pad_packed_sequence-total_length"),
    case(f"{PACK} {PAD_PACKED}", "p = nn.utils.rnn.pack_padded_sequence(x, [5, 4, 2], batch_first=True)\n    "
         "y, lengths = nn.utils.rnn.pad_packed_sequence(p)\n    return y, lengths, y.sum()",
         "f3,5,2", id="pad_packed_sequence-sorted-unpacked"),
    case(f"{PACK} torch.nn.utils.rnn.PackedSequence",
         "p = nn.utils.rnn.pack_padded_sequence(x, [1, 3, 2], enforce_sorted=False)\n    "
         "q = nn.utils.rnn.PackedSequence(p.data * 2, p.batch_sizes, p.sorted_indices, p.unsorted_indices)\n    "
         "return q, q.batch_sizes, q.data.shape, isinstance(q, nn.utils.rnn.PackedSequence)",
         "f3,3,2", id="PackedSequence"),
    case(PAD, "return nn.utils.rnn.pad_sequence([a, b, c])", "f3,2", "f5,2", "f1,2", args="a, b, c"),
    case(PAD, "return nn.utils.rnn.pad_sequence([a, b, c], True, 7.0, 'left')", "i3", "i5", "i1", args="a, b, c",
         id="pad_sequence-left-int64"),
    case(PAD, "return nn.utils.rnn.pad_sequence(x, batch_first=True)", "f2,3,4", id="pad_sequence-tensor"),
    case("torch.nn.utils.rnn.pack_sequence torch.nn.utils.rnn.unpack_sequence",
         "p = nn.utils.rnn.pack_sequence([a, b, c], enforce_sorted=False)\n    "
         "return p, nn.utils.rnn.unpack_sequence(p)", "f2,3", "f4,3", "f3,3", args="a, b, c", id="pack_sequence"),
    case("torch.nn.utils.rnn.pack_sequence", "return nn.utils.rnn.pack_sequence([a, b])", "d3", "d2",
         args="a, b", id="pack_sequence-sorted-float64"),
    case("torch.nn.utils.rnn.unpad_sequence",
         "return nn.utils.rnn.unpad_sequence(x, torch.tensor([2, 4, 1]), batch_first=True)", "f3,4,2"),
    case("torch.nn.utils.rnn.unpad_sequence", "return nn.utils.rnn.unpad_sequence(x, n)", "f3,2", "i2:1,4", args="x, n",
         id="unpad_sequence-time-major"),
    case("torch.nn.utils.rnn.invert_permutation", "return nn.utils.rnn.invert_permutation(x)", "r6:6"),
    # the recurrent layers on packed input: out is a PackedSequence, states in the batch's original order
    layer_case(f"torch.nn.LSTM {PACK} {PAD_PACKED}", "nn.LSTM(3, 4, num_layers=2, bidirectional=True, batch_first=True)",
               "p = nn.utils.rnn.pack_padded_sequence(x, [2, 5, 3], batch_first=True, enforce_sorted=False)\n"
               "        out, (hn, cn) = self.rnn(p)\n"
               "        y, lengths = nn.utils.rnn.pad_packed_sequence(out, batch_first=True)\n"
               "        return out, y, lengths, hn, cn", "f3,5,3", None, id="LSTM-packed-bidirectional"),
    layer_case(f"torch.nn.LSTM {PACK}", "nn.LSTM(3, 4, proj_size=2)",
               "p = nn.utils.rnn.pack_padded_sequence(x, [4, 4, 1])\n"
               "        out, (hn, cn) = self.rnn(p, (h, h.new_zeros(1, 3, 4) + 0.5))\n"
               "        return out, hn, cn", "f4,3,3", "f1,3,2", id="LSTM-packed-proj-hx"),
    layer_case(f"torch.nn.GRU {PACK} {PAD_PACKED}", "nn.GRU(3, 5, bidirectional=True)",
               "p = nn.utils.rnn.pack_padded_sequence(x, [1, 4, 3, 4], enforce_sorted=False)\n"
               "        out, hn = self.rnn(p, h)\n"
               "        return nn.utils.rnn.pad_packed_sequence(out), hn", "f4,4,3", "f2,4,5", id="GRU-packed-hx"),
    layer_case(f"torch.nn.RNN torch.nn.utils.rnn.pack_sequence", "nn.RNN(2, 3, num_layers=2, nonlinearity='relu')",
               "out, hn = self.rnn(nn.utils.rnn.pack_sequence([x[0], x[1, :2], x[2, :1]]))\n"
               "        return out, hn", "f3,4,2", None, id="RNN-packed-sequence"),
]




def module_case(covers, init, body, *inputs, train=False, atol=1e-5, rtol=1e-5, id=None):
    """A module whose __init__ runs `init` and forward(x) `body`; PyTorch's state (same names) is loaded into
    the Jittor one, both called as `model` in eval mode, or in training mode with `train`."""
    keys = covers.split()
    code = (f"class M(nn.Module):\n    def __init__(self):\n        super().__init__()\n        {init}\n"
            f"    def forward(self, x):\n        {body}\nmodel = M()")
    return pytest.param(keys, code, list(inputs), "model", train, atol, rtol, id=id)


WN, SN = "torch.nn.utils.weight_norm", "torch.nn.utils.spectral_norm"
BN_STATS = ("\n        nn.init.uniform_(self.bn.running_var, 0.5, 2.0)\n        nn.init.normal_(self.bn.running_mean)"
            "\n        nn.init.normal_(self.bn.weight)")
CASES += [
    # weight_norm: weight_g (the norm over every dim but `dim`) and weight_v replace weight in the state
    module_case(WN, "self.fc = nn.utils.weight_norm(nn.Linear(4, 3))",
                "return self.fc(x), self.fc.weight, self.fc.weight_g", "f2,4", id="weight_norm-linear"),
    module_case(WN, "self.conv = nn.utils.weight_norm(nn.Conv2d(2, 3, 3), name='weight', dim=1)",
                "return self.conv(x), self.conv.weight_g.shape", "f1,2,5,5", id="weight_norm-conv-dim1"),
    module_case(WN, "self.conv = nn.utils.weight_norm(nn.Conv1d(2, 3, 2), 'weight', None)",
                "return self.conv(x)", "f1,2,5", id="weight_norm-conv-dim-none"),
    module_case(f"{WN} torch.nn.utils.remove_weight_norm",
                "self.fc = nn.utils.remove_weight_norm(nn.utils.weight_norm(nn.Linear(3, 2), dim=0))",
                "return self.fc(x), hasattr(self.fc, 'weight_g')", "f2,3", id="remove_weight_norm"),
    # spectral_norm: weight_orig, weight_u, weight_v; eval uses the stored vectors, training runs the power
    # iteration once per forward and updates them
    module_case(SN, "self.fc = nn.utils.spectral_norm(nn.Linear(5, 4))", "return self.fc(x), self.fc.weight",
                "f2,5", id="spectral_norm-eval"),
    module_case(SN, "self.fc = nn.utils.spectral_norm(nn.Linear(5, 4), n_power_iterations=3, eps=1e-6)",
                "y = self.fc(x)\n        return y, self.fc(x), self.fc.weight_u, self.fc.weight_v", "f2,5", train=True,
                id="spectral_norm-train"),
    module_case(SN, "self.up = nn.utils.spectral_norm(nn.ConvTranspose2d(3, 2, 2))", "return self.up(x)",
                "f1,3,4,4", train=True, id="spectral_norm-conv-transpose"),
    module_case(f"{SN} torch.nn.utils.remove_spectral_norm",
                "self.fc = nn.utils.remove_spectral_norm(nn.utils.spectral_norm(nn.Linear(3, 2)))",
                "return self.fc(x), self.fc.weight", "f2,3", id="remove_spectral_norm"),
    # parametrizations.weight_norm: parametrizations.weight.original0 / original1 in the state
    module_case("torch.nn.utils.parametrizations.weight_norm",
                "self.fc = nn.utils.parametrizations.weight_norm(nn.Linear(4, 3))",
                "return self.fc(x), self.fc.weight", "f2,4", id="parametrizations.weight_norm"),
    module_case("torch.nn.utils.parametrizations.weight_norm torch.nn.utils.parametrize.remove_parametrizations",
                "self.conv = nn.utils.parametrize.remove_parametrizations("
                "nn.utils.parametrizations.weight_norm(nn.Conv2d(2, 2, 1), dim=1), 'weight')",
                "return self.conv(x), hasattr(self.conv, 'parametrizations')", "f1,2,3,3",
                id="remove_parametrizations"),
    # fusion: the fused layer computes what the layer then BatchNorm compute
    module_case("torch.nn.utils.fuse_conv_bn_eval", "self.conv = nn.Conv2d(2, 3, 3)\n        self.bn = nn.BatchNorm2d(3)"
                + BN_STATS, "return nn.utils.fuse_conv_bn_eval(self.conv, self.bn)(x), self.bn(self.conv(x))",
                "f1,2,5,5", id="fuse_conv_bn_eval", atol=1e-5, rtol=1e-4),
    module_case("torch.nn.utils.fuse_conv_bn_eval",
                "self.conv = nn.ConvTranspose2d(2, 3, 2, bias=False)\n        self.bn = nn.BatchNorm2d(3)" + BN_STATS,
                "return nn.utils.fuse_conv_bn_eval(self.conv, self.bn, transpose=True)(x)", "f1,2,3,3",
                id="fuse_conv_bn_eval-transpose", atol=1e-5, rtol=1e-4),
    module_case("torch.nn.utils.fuse_conv_bn_weights", "self.conv = nn.Conv1d(2, 3, 2)\n        self.bn = nn.BatchNorm1d(3)"
                + BN_STATS, "return nn.utils.fuse_conv_bn_weights(self.conv.weight, self.conv.bias, "
                "self.bn.running_mean, self.bn.running_var, self.bn.eps, self.bn.weight, self.bn.bias)", "f1",
                id="fuse_conv_bn_weights", atol=1e-5, rtol=1e-4),
    module_case("torch.nn.utils.fuse_linear_bn_eval", "self.fc = nn.Linear(4, 3)\n        self.bn = nn.BatchNorm1d(3)"
                + BN_STATS, "return nn.utils.fuse_linear_bn_eval(self.fc, self.bn)(x), self.bn(self.fc(x))", "f2,4",
                id="fuse_linear_bn_eval", atol=1e-5, rtol=1e-4),
    module_case("torch.nn.utils.fuse_linear_bn_weights", "self.fc = nn.Linear(4, 3)\n        self.bn = nn.BatchNorm1d(3)"
                + BN_STATS, "return nn.utils.fuse_linear_bn_weights(self.fc.weight, None, self.bn.running_mean, "
                "self.bn.running_var, 1e-3, self.bn.weight, self.bn.bias)", "f1", id="fuse_linear_bn_weights",
                atol=1e-5, rtol=1e-4),
    module_case("torch.nn.utils.convert_conv2d_weight_memory_format torch.channels_last",
                "self.conv = nn.utils.convert_conv2d_weight_memory_format(nn.Conv2d(2, 3, 3), torch.channels_last)",
                "return self.conv(x)", "f1,2,5,5", id="convert_conv2d_weight_memory_format"),
    module_case("torch.nn.utils.convert_conv3d_weight_memory_format torch.channels_last_3d",
                "self.conv = nn.utils.convert_conv3d_weight_memory_format(nn.Conv3d(2, 2, 2), torch.channels_last_3d)",
                "return self.conv(x)", "f1,2,3,3,3", id="convert_conv3d_weight_memory_format"),
    case("torch.nn.utils.skip_init", "m = nn.utils.skip_init(nn.Linear, 4, 3, bias=False)\n    "
         "return m.weight.shape, m.bias is None, m(x).shape", "f2,4"),
    case("torch.nn.utils.get_total_norm", "return nn.utils.get_total_norm([x, y]), "
         "nn.utils.get_total_norm(x, float('inf'))", "f3,4", "f5", args="x, y"),
]


@pytest.mark.parametrize("covers, code, inputs, entry, train, atol, rtol", CASES)
def test_entry(torch, jittor, covers, code, inputs, entry, train, atol, rtol):
    both = run_both(code, inputs, entry=entry, train=train)
    assert_converts(both, covers)
    assert_same(both.expected, both.actual, atol, rtol)


@pytest.mark.parametrize("key, code, inputs, entry, train, atol, rtol", shape_cases(CASES))
def test_entry_call_shape(torch, jittor, key, code, inputs, entry, train, atol, rtol):
    check_call_shape(code, inputs, atol, rtol, entry=entry, train=train, covers=[key])


@pytest.mark.parametrize("body", [
    "return nn.utils.rnn.pack_padded_sequence(x, [1, 3, 2])",  # unsorted with enforce_sorted=True
    "return nn.utils.rnn.pack_padded_sequence(x, [3, 0, 0], enforce_sorted=False)",  # an empty sequence
    "p = nn.utils.rnn.pack_padded_sequence(x, [3, 2, 1])\n    return nn.utils.rnn.pad_packed_sequence(p, total_length=2)",
])
def test_packing_errors_are_raised_as_in_pytorch(torch, jittor, body):
    assert_same_error(f"def f(x: torch.Tensor):\n    {body}", ["f3,3,2"])


COVERED = {k for p in CASES for k in p.values[0]}  # see test_coverage.py


def test_tuple_helpers_of_torch_nn_modules_utils(torch, jittor):
    code = ("from torch.nn.modules.utils import _pair, _quadruple, _single, _triple\n\n\n"
            "def f(x):\n    return _single(3), _pair(3), _pair([1, 2]), _triple(1), _quadruple((1, 2, 3, 4))\n")
    both = run_both(code, ["f1"])
    assert both.expected == ((3,), (3, 3), (1, 2), (1, 1, 1), (1, 2, 3, 4))
    assert_same(both.expected, both.actual)


COVERED |= {"torch.nn.modules.utils._single", "torch.nn.modules.utils._pair", "torch.nn.modules.utils._triple",
            "torch.nn.modules.utils._quadruple"}
