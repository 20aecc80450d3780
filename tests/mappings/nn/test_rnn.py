"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/rnn.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import Fl, covered, layer_case, layer_tests, net

pytestmark = pytest.mark.frameworks


LAYER_CASES = [
    layer_case("RNN", "model = nn.RNN(3, 4)", (Fl(5, 2, 3),)),
    layer_case("RNN", "model = nn.RNN(3, 4, 2, 'relu', False, True, 0.0, True)", (Fl(2, 5, 3),), id="RNN-positional"),
    layer_case("RNN", net("self.rnn = nn.RNN(3, 4, num_layers=2, nonlinearity='tanh')", "return self.rnn(x, h)", "x, h"),
               (Fl(5, 3), Fl(2, 4)), id="RNN-unbatched-h0"),
    layer_case("LSTM", "model = nn.LSTM(3, 4)", (Fl(5, 2, 3),)),
    layer_case("LSTM", "model = nn.LSTM(3, 4, 2, batch_first=True, bidirectional=True, dropout=0.3)", (Fl(2, 5, 3),),
               id="LSTM-bidirectional-batch_first"),
    layer_case("LSTM", "model = nn.LSTM(3, 5, num_layers=2, proj_size=2, bias=False)", (Fl(5, 2, 3),), id="LSTM-proj"),
    layer_case("LSTM", net("self.lstm = nn.LSTM(3, 4)\nself.lstm.flatten_parameters()", "return self.lstm(x, (h, c))",
                     "x, h, c"), (Fl(5, 2, 3), Fl(1, 2, 4), Fl(1, 2, 4)), id="LSTM-hx"),
    layer_case("GRU", "model = nn.GRU(3, 4)", (Fl(5, 2, 3),)),
    layer_case("GRU", "model = nn.GRU(3, 4, 3, True, True, 0.0, True)", (Fl(2, 5, 3),), id="GRU-positional"),
    layer_case("GRU", "model = nn.GRU(3, 4, bidirectional=True)", (Fl(5, 3),), id="GRU-unbatched"),
    layer_case("RNNBase", net("self.rnn = nn.GRU(3, 4, 2)\nself.base = nn.RNNBase('LSTM', 3, 4, proj_size=2)",
                        "y, h = self.rnn(x)\n"
                        "return y * float(isinstance(self.rnn, nn.RNNBase) and isinstance(self.base, nn.RNNBase))"),
               (Fl(5, 2, 3),)),
    layer_case("RNNCellBase", net("self.cell = nn.LSTMCell(3, 4)\nself.base = nn.RNNCellBase(3, 4, False, 2)",
                            "h, c = self.cell(x)\n"
                            "return h * float(isinstance(self.cell, nn.RNNCellBase) and"
                            " isinstance(self.base, nn.RNNCellBase))"), (Fl(2, 3),)),
    layer_case("RNNCell", "model = nn.RNNCell(3, 4)", (Fl(2, 3),)),
    layer_case("RNNCell", net("self.cell = nn.RNNCell(3, 4, False, 'relu')", "return self.cell(x, h)", "x, h"),
               (Fl(3), Fl(4)), id="RNNCell-unbatched"),
    layer_case("LSTMCell", "model = nn.LSTMCell(3, 4)", (Fl(2, 3),)),
    layer_case("LSTMCell", net("self.cell = nn.LSTMCell(3, 4, bias=False)", "return self.cell(x, (h, c))", "x, h, c"),
               (Fl(2, 3), Fl(2, 4), Fl(2, 4)), id="LSTMCell-hx"),
    layer_case("GRUCell", "model = nn.GRUCell(3, 4)", (Fl(2, 3),)),
    layer_case("GRUCell", net("self.cell = nn.GRUCell(3, 4)", "return self.cell(x, h)", "x, h"), (Fl(3), Fl(4)),
               id="GRUCell-unbatched"),
]


test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(LAYER_CASES)  # see tests/test_coverage.py


def test_all_weights_and_flat_weight_names(torch, jittor):
    """`lstm.all_weights` (per layer and direction, PyTorch's order) and `_flat_weights_names`, read by
    weight-init and weight-drop code: AttributeError on the helper's LSTM."""
    from parity import assert_same, run_both

    code = ("def f(x):\n"
            "    out = []\n"
            "    for m in (nn.LSTM(2, 3, num_layers=2, bidirectional=True), nn.GRU(2, 3, bias=False),\n"
            "              nn.LSTM(2, 4, proj_size=2), nn.RNN(2, 3, 2)):\n"
            "        m.flatten_parameters()\n"
            "        out.append([[tuple(w.shape) for w in layer] for layer in m.all_weights])\n"
            "        out.append(list(m._flat_weights_names))\n"
            "        out.append([w is getattr(m, n) for w, n in zip(m._flat_weights, m._flat_weights_names)])\n"
            "    return out\n")
    both = run_both(code, ["f2"])
    assert_same(both.expected, both.actual)
