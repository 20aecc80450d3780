"""`.data` and in-place writes through indexing (rules/tensor_data.py), run in both frameworks.

PyTorch writes through `p.data` and through the views `x[i]` returns; Jittor's `p.data` is a
numpy array and its indexing copies. The same model code must leave the same parameters and
give the same output after the conversion.
"""
import numpy as np
import pytest
from parity import (assert_same, assert_same_state, convert_checked, exec_code, make_input, run_both, state_arrays,
                    to_jittor, to_torch)

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks

SOURCE = '''
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.qkv = nn.Linear(4, 12)
        self.norm = nn.LayerNorm(12)
        self.bn = nn.BatchNorm1d(12)

    def reset(self):
        length = 4
        self.qkv.bias[length : 2 * length].data.zero_()  # torchvision swin_v2's line
        self.qkv.weight.data[0] = 1.0
        self.qkv.weight.data[1, :2] = 2.0
        self.qkv.bias.data += 0.5
        with torch.no_grad():
            self.qkv.bias[:2].fill_(3.0)
            self.qkv.bias[-1].mul_(-1).add_(2)
            self.qkv.weight[2:4, 1:].mul_(-1)
            self.qkv.weight[[5, 6]].zero_()  # advanced indexing: a copy in PyTorch too, no change
        for p in self.qkv.parameters():
            p.data.mul_(0.5)
        for name, p in self.norm.named_parameters():
            if name == "bias":
                p.data.fill_(0.25)
        self.norm.weight.data = torch.full((12,), 1.5)
        self.bn.running_var.data.fill_(2.0)
        self.bn.running_mean.data[3:] = 0.125

    def forward(self, x):
        snapshot = self.qkv.weight.data
        x = x.clone()
        x[0].zero_()
        x[:, 1:3].mul_(2)
        return self.bn(self.norm(self.qkv(x))) + snapshot.sum()
'''


def test_data_and_indexed_inplace_writes_match(torch, jittor):
    code = convert_checked(SOURCE)
    torch.manual_seed(0)
    pt_model = exec_code(SOURCE, "data_pt.py")["Net"]().eval()
    jt_model = exec_code(code, "data_jt.py")["Net"]().eval()
    state = state_arrays(pt_model)
    jt_model.load_parameters(state)
    pt_model.reset()
    jt_model.reset()
    assert_same_state(pt_model, jt_model, atol=0, rtol=0)
    jt_state = state_arrays(jt_model)
    image = make_input("f3,4")
    assert_same(pt_model(to_torch(image)), jt_model(to_jittor(image)), atol=1e-5, rtol=1e-5)
    # the checks above would pass vacuously if reset() changed nothing
    # (zeroed, +0.5, *0.5) and (row set to 1.0, *0.5): the writes really happened in both
    np.testing.assert_array_equal(jt_state["qkv.bias"][4:8], 0.25)
    np.testing.assert_array_equal(jt_state["qkv.weight"][0], 0.5)
    assert not np.isin(state["qkv.bias"][4:8], 0.25).any() and not np.isin(state["qkv.weight"][0], 0.5).any()


def test_inplace_writes_jittor_would_lose_are_reported():
    result = convert_source(
        "import torch\n\n\ndef f(x: torch.Tensor):\n    y = x[1:].add_(1)\n    x.view(-1).mul_(2)\n    return y\n"
    )
    assert [(d.line, d.api) for d in result.unsupported] == [(5, "torch.Tensor.add_"), (6, "torch.Tensor.mul_")]
    assert "Jittor has no views" in result.unsupported[0].message


def test_tensor_api_read_from_data_of_any_owner(torch, jittor):
    """`loss.data.numpy()`, `outs[i].data.cpu()`: the old idiom on values the converter cannot prove
    tensors (a net taken from a zip, a list element). Jittor's `.data` is a numpy array, which has
    no `.numpy()`; t2j.tensor_data gives a Var's data as a Var and any other object's own `data`
    (MorvanZhou/PyTorch-Tutorial's optimizer and batch-normalization scripts)."""
    both = run_both('''
class Holder:
    def __init__(self, t):
        self.data = t


def f(x):
    nets = [nn.Linear(4, 2), nn.Linear(4, 2)]
    with torch.no_grad():
        for net in nets:
            net.weight.fill_(0.25)
            net.bias.fill_(-0.5)
    history, outs = [], []
    for net, scale in zip(nets, (1.0, 2.0)):
        out = net(x) * scale
        loss = nn.MSELoss()(out, torch.zeros_like(out))
        history.append(float(loss.data.numpy()))  # (Jittor has no 0-dim arrays)
        outs.append(out)
    holder = Holder(x * 3)
    return (history, outs[1].data.cpu().numpy().ravel(), list(outs[0].data.size()), outs[0].data.numel(),
            holder.data.numpy(), outs[1].data.clone() * 2)
''', ["f3,4"])
    assert "tensor_data(" in both.code
    assert_same(both.expected, both.actual)


def test_data_of_values_not_proven_tensors_where_only_a_tensor_fits(torch, jittor):
    """PyTorch-GAN: `torch.cat((real_A.data, fake_B.data), -2)` on a generator's output, WGAN-GP's
    `alpha * real.data + (1 - alpha) * fake.data`, `save_image(gen_imgs.data[:25], ...)`, and a replay
    buffer's `for element in data.data` over a parameter: Jittor's `.data` is a numpy array there.
    `self.data` (a list) stays."""
    both = run_both('''
import torchvision


class ReplayBuffer:
    def __init__(self):
        self.data = []

    def push_and_pop(self, data):
        to_return = []
        for element in data.data:
            element = torch.unsqueeze(element, 0)
            self.data.append(element)
            to_return.append(element)
        return torch.cat(to_return)


def interpolate(real_data, generated_data):
    alpha = torch.full((1, 1), 0.25)
    return alpha * real_data.data + (1 - alpha) * generated_data.data


def f(x):
    net = nn.Linear(4, 4)
    with torch.no_grad():
        net.weight.copy_(torch.linspace(-1, 1, 16).reshape(4, 4))
        net.bias.fill_(0.5)
    fake = net(x)
    buffer = ReplayBuffer()
    rows = buffer.push_and_pop(fake * 2)
    grid = torchvision.utils.make_grid(fake.data[:2].reshape(2, 1, 2, 2), nrow=1, padding=1)
    return (torch.cat((x.data, fake.data), -2), interpolate(x, fake), rows, len(buffer.data), grid)
''', ["f3,4"])
    assert "for element in t2j.tensor_data(data):" in both.code and "self.data.append(element)" in both.code
    assert_same(both.expected, both.actual)


def test_hidden_state_repacked_through_data(torch, jittor):
    """`h_state = h_state.data`: an RNN's hidden state cut from the last step's graph, then fed to
    the next step (MorvanZhou/PyTorch-Tutorial's RNN regressor); Jittor's `.data` would feed the
    RNN a numpy array."""
    both = run_both('''
def f(x):
    rnn = nn.RNN(1, 3, batch_first=True)
    with torch.no_grad():
        for p in rnn.parameters():
            p.copy_(torch.linspace(-0.3, 0.3, p.numel()).reshape(p.shape))
    opt = torch.optim.SGD(rnn.parameters(), lr=0.1)
    h_state = None
    losses = []
    for step in range(3):
        out, h_state = rnn(x[:, step:step + 2], h_state)
        h_state = h_state.data
        loss = out.pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses, h_state
''', ["f2,6,1"])
    assert "h_state = t2j.tensor_data(h_state)" in both.code
    assert_same(both.expected, both.actual)


def test_init_functions_on_data_fill_the_parameter(torch, jittor):
    """DCGAN's weights_init: `nn.init.normal_(m.weight.data, 0.0, 0.02)` fills the weight itself
    (as `m.weight.detach()` it filled a copy: the layer kept its default initialisation)."""
    code = ("def f(x):\n"
            "    def weights_init(m):\n"
            "        classname = m.__class__.__name__\n"
            "        if classname.find('Conv') != -1:\n"
            "            nn.init.constant_(m.weight.data, 0.3)\n"
            "            nn.init.normal_(m.bias.data, 0.5, 0.0)\n"
            "        elif classname.find('BatchNorm') != -1:\n"
            "            nn.init.constant_(m.weight.data, 1.5)\n"
            "            torch.nn.init.zeros_(tensor=m.bias.data)\n"
            "    net = nn.Sequential(nn.Conv2d(3, 2, 1), nn.BatchNorm2d(2), nn.ReLU(True))\n"
            "    net.apply(weights_init)\n"
            "    return [p.detach() for p in net.parameters()], net(x)\n")
    both = run_both(code, ["f2,3,4,4"])
    assert "m.weight.data" not in both.code and "detach()" not in both.code.split("def weights_init")[1].split("net =")[0]
    assert_same(both.expected, both.actual)


def test_init_functions_on_an_indexed_tensor_write_back(torch, jittor):
    """`nn.init.ones_(lstm.bias_ih_l0[h:2 * h])` (a forget-gate bias) fills part of the tensor in
    PyTorch; Jittor's indexing copies, so the statement writes the filled part back."""
    code = ("def f(x):\n"
            "    lstm = nn.LSTM(3, 2)\n"
            "    for p in lstm.parameters():\n"
            "        nn.init.zeros_(p)\n"
            "    nn.init.ones_(lstm.bias_ih_l0[2:4])\n"
            "    nn.init.constant_(lstm.weight_ih_l0[0], 0.5)\n"
            "    w = torch.zeros(4, 4)\n"
            "    nn.init.eye_(w[:2, 1:3])\n"
            "    return lstm.bias_ih_l0, lstm.weight_ih_l0, w, lstm(x)[0]\n")
    both = run_both(code, ["f2,1,3"])
    assert_same(both.expected, both.actual)


def test_init_functions_on_chunks_are_reported():
    """`for gate in w.data.chunk(4, 0): nn.init.orthogonal_(gate)` fills w in PyTorch (the chunks are
    views) and copies in Jittor: reported, not left to keep w's values silently."""
    result = convert_source(
        "import torch\nimport torch.nn as nn\n\nlstm = nn.LSTM(4, 4)\n"
        "for gate in lstm.weight_hh_l0.data.chunk(4, 0):\n    nn.init.orthogonal_(gate)\n"
        "for row in torch.ones(2, 3).unbind(0):\n    print(row)\n"
    )
    assert [(d.line, d.api) for d in result.unsupported] == [(6, "torch.nn.init.orthogonal_")]
    assert "no views" in result.unsupported[0].message


def test_in_place_functions_on_an_indexed_tensor_are_written_back(torch, jittor):
    """`F.relu_(x[:, 1])`, `torch.clamp_(x[0], 0, 1)`, `F.relu(x[2], inplace=True)` as statements change
    part of x in PyTorch: written back (`x[0] = ...`), as an init function's result is."""
    both = run_both('''
def f(x: torch.Tensor):
    x = x - 0.5
    F.relu_(x[:, 1])
    torch.clamp_(x[0], 0, 0.25)
    F.relu(x[2], inplace=True)
    F.leaky_relu_(x[1, 2:], 0.5)
    torch.sigmoid_(x[:, -1])
    return x
''', ["f3,4"])
    assert both.code.count("x[") >= 10
    assert_same(both.expected, both.actual)


def test_in_place_method_on_a_tensor_indexed_item_is_reported():
    """`x[idx].fill_(9)` with a tensor index: a copy in PyTorch unless idx is a 0-dim integer tensor;
    written back it would change x where PyTorch may not: reported, left as written."""
    out = convert_source("import torch\nx = torch.zeros(4)\nidx = torch.tensor([1, 3])\nx[idx].fill_(9.0)\n"
                         "m = x > 1\nx[m].zero_()\n")
    assert [d.line for d in out.unsupported] == [4, 6]
    assert "x[idx] = " not in out.code and "x[m] = " not in out.code


def test_in_place_writes_through_indexed_data_reach_the_parameter(torch, jittor):
    """`p.data[n // 4:n // 2].fill_(1.0)` (an LSTM's forget-gate bias), `w.data[0].zero_()`,
    `w.data[1].copy_(v)`, `nn.init.zeros_(w.data[2])` as statements change the parameter in PyTorch.
    They were written back as `p.detach()[i] = ...` (a copy: the parameter kept its values) or left
    `w.data[1] = ...` (setitem on Jittor's numpy `data`: an error); now `p[i] = p[i].fill_(1.0)`."""
    both = run_both('''
def f(x):
    lstm = nn.LSTM(2, 3)
    emb = nn.Embedding(4, 3)
    with torch.no_grad():
        for p in list(lstm.parameters()) + list(emb.parameters()):
            p.copy_(torch.linspace(-1, 1, p.numel()).view_as(p))
    for name, p in lstm.named_parameters():
        if "bias" in name:
            n = p.size(0)
            p.data[n // 4:n // 2].fill_(1.0)
    emb.weight.data[0].zero_()
    emb.weight.data[1].copy_(torch.tensor([0.5, 0.5, 0.5]))
    nn.init.constant_(emb.weight.data[2], -2.0)
    nn.init.zeros_(lstm.weight_hh_l0.data[0])
    out, _ = lstm(x)
    return out, lstm.bias_ih_l0, lstm.bias_hh_l0, lstm.weight_hh_l0, emb.weight
''', ["f3,1,2"])
    assert ".detach()[" not in both.code and ".data[" not in both.code
    assert_same(both.expected, both.actual)
