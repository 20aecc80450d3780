"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/transformer.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import numpy as np
import pytest
from parity import (Bool, Fl, HEADER, V, assert_same, convert_checked, covered, exec_code, layer_case, layer_tests,
                    make_input, net, to_jittor, to_torch)

pytestmark = pytest.mark.frameworks


LAYER_CASES = [
    layer_case("TransformerEncoderLayer", "model = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16)", (Fl(5, 2, 8),)),
    layer_case("TransformerEncoderLayer",
               net("self.layer = nn.TransformerEncoderLayer(8, 2, 16, 0.1, 'gelu', 1e-3, True, True)",
             "return self.layer(x, src_key_padding_mask=m)", "x, m"),
               (Fl(2, 5, 8), V([[False, False, False, True, True], [False] * 5])), id="TransformerEncoderLayer-norm-first"),
    layer_case("TransformerEncoderLayer",
               net("self.layer = nn.TransformerEncoderLayer(8, 2, 16, activation=nn.GELU(), batch_first=True, bias=False)",
             "return self.layer(x, src_mask=a)", "x, a"), (Fl(2, 5, 8), Fl(5, 5)),
               id="TransformerEncoderLayer-module-activation"),
    layer_case("TransformerEncoder",
               net("layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)\n"
             "self.enc = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm(8))",
             "return self.enc(x, src_key_padding_mask=m)", "x, m"),
               (Fl(2, 5, 8), V([[False, False, False, True, True], [False] * 5])), id="TransformerEncoder-nested-padding"),
    layer_case("TransformerEncoderLayer",
               net("self.layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)",
             "return self.layer(x, src_key_padding_mask=m)", "x, m"),
               (Fl(2, 5, 8), V([[False, False, False, True, True], [False] * 5])), id="TransformerEncoderLayer-fast-path"),
    layer_case("TransformerEncoder",
               net("layer = nn.TransformerEncoderLayer(8, 4, 16, activation=F.relu, batch_first=True)\n"
             "self.enc = nn.TransformerEncoder(layer, 1)", "return self.enc(x, src_key_padding_mask=m)", "x, m"),
               (Fl(2, 5, 8), V([[False, False, True, True, True], [False] * 5])), id="TransformerEncoder-F.relu-nested"),
    layer_case("TransformerEncoder",
               net("layer = nn.TransformerEncoderLayer(8, 2, 16)\nself.enc = nn.TransformerEncoder(layer, num_layers=2)",
             "return self.enc(x, mask=nn.Transformer.generate_square_subsequent_mask(5))"), (Fl(5, 2, 8),),
               id="TransformerEncoder-causal"),
    layer_case("TransformerEncoder",
               net("layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)\n"
             "self.enc = nn.TransformerEncoder(layer, 1, enable_nested_tensor=False)",
             "return self.enc(x, src_key_padding_mask=m)", "x, m"),
               (Fl(2, 5, 8), V([[False, False, False, True, True], [False] * 5])), id="TransformerEncoder-no-nested"),
    layer_case("TransformerDecoderLayer", net("self.layer = nn.TransformerDecoderLayer(8, 2, 16)",
                                        "return self.layer(t, m)", "t, m"), (Fl(4, 2, 8), Fl(5, 2, 8))),
    layer_case("TransformerDecoderLayer",
               net("self.layer = nn.TransformerDecoderLayer(8, 2, 16, norm_first=True, batch_first=True, activation='gelu')",
             "return self.layer(t, m, tgt_mask=a, memory_key_padding_mask=p)", "t, m, a, p"),
               (Fl(2, 4, 8), Fl(2, 5, 8), Bool(4, 4, p=0.2), V([[False, True, False, False, False], [False] * 5])),
               id="TransformerDecoderLayer-masks"),
    layer_case("TransformerDecoder",
               net("layer = nn.TransformerDecoderLayer(8, 2, 16)\n"
             "self.dec = nn.TransformerDecoder(layer, 2, norm=nn.LayerNorm(8))",
             "return self.dec(t, m, tgt_mask=nn.Transformer.generate_square_subsequent_mask(4))", "t, m"),
               (Fl(4, 2, 8), Fl(5, 2, 8))),
    layer_case("Transformer", "model = nn.Transformer(8, 2, 2, 1, 16)", (Fl(5, 2, 8), Fl(4, 2, 8))),
    layer_case("Transformer",
               net("self.t = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=2,"
             " dim_feedforward=16, batch_first=True)",
             "return self.t(s, t, tgt_mask=self.t.generate_square_subsequent_mask(4), src_key_padding_mask=p,"
             " memory_key_padding_mask=p)", "s, t, p"),
               (Fl(2, 5, 8), Fl(2, 4, 8), V([[False, False, False, False, True], [False] * 5])), id="Transformer-masks"),
]


test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

def test_transformer_encoder_with_gradients_keeps_padded_positions(torch, jittor):
    """With autograd on, PyTorch skips its nested-tensor path: padded positions are computed, not zeroed."""
    code = net("layer = nn.TransformerEncoderLayer(8, 2, 16, batch_first=True)\n"
               "self.enc = nn.TransformerEncoder(layer, 2)", "return self.enc(x, src_key_padding_mask=m)", "x, m")
    source = HEADER + code + "\n"
    torch.manual_seed(0)
    pt_model = exec_code(source, "case_pt.py")["model"].eval()
    jt_model = exec_code(convert_checked(source), "case_jt.py")["model"]
    jt_model.eval()
    jt_model.load_parameters(pt_model.state_dict())
    x = make_input("f2,5,8")
    m = np.array([[False, False, False, True, True], [False] * 5])
    expected = pt_model(to_torch(x), to_torch(m)).detach()
    actual = jt_model(to_jittor(x), to_jittor(m))
    assert expected[0, 3:].abs().min() > 0  # not zeroed
    assert_same(expected, actual, atol=1e-5, rtol=1e-4)


COVERED = covered(LAYER_CASES)  # see tests/test_coverage.py
