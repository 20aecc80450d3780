"""nn.Module's methods as PyTorch runs them, in converted code on Jittor modules: registration,
names and order of modules/parameters/buffers, state_dict and load_state_dict (result and errors),
train/eval reaching every submodule (a class's own train() override included), Dropout training by
default, apply's order, forward hooks with handles. Each case's `f` runs in both frameworks and
every name, message, flag, value, shape and dtype it returns must agree (tests/parity.py)."""
import pytest
from parity import (assert_same, assert_same_state, convert_checked, exec_code, make_input, run_both, to_jittor,
                    to_torch)

from torch2jittor import convert_source

pytestmark = pytest.mark.frameworks

NET = '''
class Block(nn.Module):
    def __init__(self, shared):
        super().__init__()
        self.shared = shared
        self.bn = nn.BatchNorm1d(4)
        self.register_buffer("steps", torch.zeros(1))
        self.register_buffer("cache", torch.ones(2), persistent=False)

    def forward(self, x):
        return self.bn(self.shared(x)) + self.steps


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 4)
        shared = nn.Linear(4, 4)
        self.block = Block(shared)
        self.again = shared
        self.register_parameter("scale", nn.Parameter(torch.ones(4)))
        self.register_parameter("unused", None)
        self.register_buffer("later", None)
        self.register_module("head", nn.Sequential(nn.ReLU(), nn.Linear(4, 2)))
        self.add_module("empty", None)
        self.layers = nn.ModuleList([nn.Identity(), nn.Tanh()])
        self._stem = nn.Identity()

    def forward(self, x):
        x = self.fc(x) * self.scale
        for layer in self.layers:
            x = layer(x)
        return self.head(self.block(x))


def filled(model: nn.Module):
    return {k: v if k.endswith("tracked") else torch.full_like(v, 0.25) for k, v in model.state_dict().items()}
'''


def _run(code, inputs=()):
    both = run_both(NET + code, list(inputs))
    assert_same(both.expected, both.actual)
    return both


def test_names_and_order_of_modules_parameters_buffers(torch, jittor):
    both = _run('''
def f():
    model = Net()
    return [
        [n for n, _ in model.named_modules()],
        [n for n, _ in model.named_modules(prefix="net")],
        [n for n, _ in model.named_modules(remove_duplicate=False)],
        [n for n, _ in model.named_children()],
        len(list(model.children())), len(list(model.modules())),
        [(n, list(p.shape)) for n, p in model.named_parameters()],
        [n for n, _ in model.named_parameters(prefix="p", recurse=False)],
        [n for n, _ in model.named_parameters(remove_duplicate=False)],
        [list(p.shape) for p in model.parameters(recurse=False)],
        sum(p.numel() for p in model.parameters()),
        list(next(model.parameters()).shape),
        [(n, b) for n, b in model.named_buffers()],
        [n for n, _ in model.block.named_buffers(prefix="b", recurse=False)],
        len(list(model.buffers())),
        list(model.state_dict().keys()),
        list(model.block.state_dict(prefix="blk.").keys()),
    ]
''')
    assert {"torch.nn.Module.named_modules", "torch.nn.Module.register_parameter", "torch.nn.Module.register_module",
            "torch.nn.Module.add_module", "torch.nn.Module.named_parameters", "torch.nn.Module.named_buffers",
            "torch.nn.Module.state_dict", "torch.nn.Module.parameters"} <= both.converted


def test_get_submodule_parameter_buffer_and_their_errors(torch, jittor):
    both = _run('''
def f():
    model = Net()
    out = [
        model.get_submodule("") is model,
        model.get_submodule("block.bn") is model.block.bn,
        model.get_submodule("head.1") is model.head[1],
        list(model.get_parameter("head.1.weight").shape),
        model.get_parameter("scale"),
        list(model.get_buffer("block.bn.running_var").shape),
        model.get_buffer("block.steps"),
    ]
    for kind, target in [("module", "block.nope"), ("module", "block.steps"), ("parameter", "block.steps"),
                         ("buffer", "fc.weight"), ("parameter", "fc.nope")]:
        try:
            if kind == "module":
                model.get_submodule(target)
            elif kind == "parameter":
                model.get_parameter(target)
            else:
                model.get_buffer(target)
        except AttributeError as e:
            out.append(str(e))
    try:
        model.register_parameter("a.b", None)
    except KeyError as e:
        out.append(str(e))
    try:
        model.add_module("a.b", None)
    except KeyError as e:
        out.append(str(e))
    return out
''')
    assert {"torch.nn.Module.get_submodule", "torch.nn.Module.get_parameter",
            "torch.nn.Module.get_buffer"} <= both.converted


def test_load_state_dict_result_errors_and_values(torch, jittor):
    both = _run('''
def f(x):
    model = Net()
    state = filled(model)
    out = [model.load_state_dict(state)]
    extra = dict(state)
    extra["bogus.weight"] = torch.ones(1)
    extra["block.nope"] = torch.ones(1)
    del extra["fc.bias"]
    result = model.load_state_dict(extra, strict=False)
    out += [result.missing_keys, result.unexpected_keys, list(result)]
    try:
        model.load_state_dict(extra)
    except RuntimeError as e:
        out.append(str(e))
    wrong = dict(state)
    wrong["fc.weight"] = torch.ones(2, 3)
    try:
        model.load_state_dict(wrong)
    except RuntimeError as e:
        out.append("size mismatch for fc.weight" in str(e))
    model.eval()
    out.append(model(x))
    out.append(model.state_dict()["block.bn.num_batches_tracked"])
    return out
''', ["f5,3"])
    assert "torch.nn.Module.load_state_dict" in both.converted


def test_weights_loaded_under_no_grad_keep_training(torch, jittor):
    """Jittor's Var.update takes its source's stop-grad flag: a state_dict loaded inside
    `no_grad` made every parameter stop-grad, and the model then silently never trained
    (nanoGPT's losses parted from PyTorch's by 2e-4 in the training-repository harness)."""
    both = _run('''
def f(x):
    model = Net()
    state = filled(model)
    with torch.no_grad():
        model.load_state_dict(state)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = []
    for _ in range(3):
        loss = model(x).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses, [p.requires_grad for p in model.parameters()], model(x)
''', ["f5,3"])
    assert "torch.nn.Module.load_state_dict" in both.converted
    assert both.expected[0][0] != both.expected[0][-1]  # the model trains in PyTorch


def test_train_and_eval_reach_every_submodule(torch, jittor):
    both = _run('''
class Frozen(Net):
    def train(self, mode=True):
        super().train(mode)
        self.block.bn.eval()  # a class's own train(): frozen statistics
        return self


def f():
    model = Net()
    flags = lambda m: [s.training for s in m.modules()]
    out = [flags(model)]
    out.append(model.eval() is model)
    out.append(flags(model))
    model.train()
    out.append(flags(model))
    model.train(False)
    out.append(flags(model))
    frozen = Frozen()
    frozen.train()
    out.append(flags(frozen))
    frozen.eval()
    frozen.train(True)
    out.append(flags(frozen))
    return out
''')
    assert {"torch.nn.Module.train", "torch.nn.Module.eval"} <= both.converted


def test_dropout_trains_by_default_and_stops_in_eval(torch, jittor):
    _run('''
def f(x):
    drop = nn.Dropout(0.5)
    model = nn.Sequential(nn.Identity(), nn.Dropout())
    zeros = [float((drop(x) == 0).float().mean()) > 0.3, float((model(x) == 0).float().mean()) > 0.3]
    model.eval()
    drop.eval()
    return [drop.training, zeros, model(x), drop(x)]
''', ["u1000:1,2"])


def test_apply_visits_children_before_parents(torch, jittor):
    both = _run('''
def f():
    model = Net()
    names = {id(m): n for n, m in model.named_modules()}
    order = []
    assert model.apply(lambda m: order.append(names[id(m)])) is model

    def fill(m):
        if isinstance(m, nn.Linear):
            nn.init.constant_(m.weight, 0.5)
    model.apply(fill)
    return [order, model.head[1].weight]
''')
    assert "torch.nn.Module.apply" in both.converted


def test_forward_hooks_with_handles(torch, jittor):
    both = _run('''
def f(x):
    model = nn.Sequential(nn.Linear(3, 3), nn.ReLU())
    nn.init.constant_(model[0].weight, 0.5)
    nn.init.zeros_(model[0].bias)
    seen = []
    first = model[0].register_forward_hook(lambda m, args, out: seen.append(list(out.shape)))
    second = model[0].register_forward_hook(lambda m, args, out: out * 2)
    third = model[0].register_forward_hook(lambda m, args, out: out + 1, prepend=True)
    pre = model.register_forward_pre_hook(lambda m, args: -args[0])
    outs = [model(x)]
    second.remove()
    outs.append(model(x))
    pre.remove()
    third.remove()
    outs.append(model(x))
    with first:
        pass
    outs.append(model(x))
    return [outs, seen]
''', ["f2,3"])
    assert {"torch.nn.Module.register_forward_hook", "torch.nn.Module.register_forward_pre_hook"} <= both.converted


def test_dtypes_gradients_and_submodule_replacement(torch, jittor):
    both = _run('''
def f(x):
    model = Net()
    model.load_state_dict(filled(model))
    assert model.double() is model
    out = [list(model.named_parameters()), model.get_buffer("block.steps")]
    model.float()
    out.append(list(model.parameters()))
    model.requires_grad_(False)
    out.append([p.requires_grad for p in model.parameters()])
    model.requires_grad_()
    out.append([p.requires_grad for p in model.parameters()])
    model.set_submodule("head.1", nn.Linear(4, 3))
    nn.init.constant_(model.head[1].weight, 0.5)
    nn.init.zeros_(model.head[1].bias)
    assert model.share_memory() is model
    model.compile()
    model.eval()
    out.append(model(x))
    return out
''', ["f5,3"])
    assert {"torch.nn.Module.float", "torch.nn.Module.double", "torch.nn.Module.requires_grad_",
            "torch.nn.Module.set_submodule", "torch.nn.Module.share_memory", "torch.nn.Module.compile"} <= both.converted


def test_backward_hooks_are_reported():
    src = ("import torch.nn as nn\nmodel = nn.Linear(2, 2)\n"
           "handle = model.register_full_backward_hook(lambda m, gi, go: None)\n")
    result = convert_source(src)
    assert [(d.kind, d.line, d.col, d.api) for d in result.unsupported] == [
        ("unsupported-api", 3, 10, "torch.nn.Module.register_full_backward_hook")]


COVERED = {
    "torch.nn.Module." + name for name in (
        "register_buffer register_parameter register_module add_module get_submodule get_parameter get_buffer "
        "named_modules modules named_children children named_parameters parameters named_buffers buffers "
        "state_dict load_state_dict train eval apply register_forward_hook register_forward_pre_hook "
        "float double half bfloat16 type requires_grad_ set_submodule share_memory compile"
    ).split()
}  # see test_coverage.py


CLASS_TUPLES = '''
import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 4)
        self.ln = nn.LayerNorm(4)
        self.fc = nn.Linear(4, 3)
        self.extra = MyLinear(3, 3)


class MyLinear(nn.Linear):
    pass


def f():
    # minGPT's weight-decay split: layer classes as values in a tuple, checked with isinstance
    decay_kinds = (torch.nn.Linear, )
    no_decay_kinds = (torch.nn.LayerNorm, torch.nn.Embedding)
    m = Block()
    decay = [n for n, mod in m.named_modules() if isinstance(mod, decay_kinds)]
    no_decay = [n for n, mod in m.named_modules() if isinstance(mod, no_decay_kinds)]
    mine = [n for n, mod in m.named_modules() if isinstance(mod, MyLinear)]
    subclass = issubclass(MyLinear, decay_kinds) and not issubclass(nn.LayerNorm, decay_kinds)
    return decay, no_decay, mine, subclass
'''


def test_layer_classes_in_a_tuple_answer_isinstance_for_built_layers(torch, jittor):
    both = run_both(CLASS_TUPLES, [], header="")
    assert both.expected == both.actual == (["fc", "extra"], ["emb", "ln"], ["extra"], True)


# register_buffer as PyTorch: None accepted (filled later), non-persistent buffers out of the state_dict,
# buffers never trained by the optimizer (Jittor's own would update them).
BUFFERS_SOURCE = '''
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)
        self.register_buffer("scale", torch.full((2,), 2.0))
        self.register_buffer("index", torch.arange(2), persistent=False)
        self.register_buffer("mask", None, persistent=False)

    def forward(self, x):
        return self.fc(x) * self.scale


def train(model, x, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.1, weight_decay=0.1)
    for _ in range(steps):
        opt.zero_grad()
        loss = model(x).pow(2).mean()
        loss.backward()
        opt.step()
    return loss
'''

def test_buffers_as_pytorch(torch, jittor):
    pt = {}
    exec(compile(BUFFERS_SOURCE, "buffers_pt.py", "exec"), pt)
    torch.manual_seed(0)
    model = pt["Net"]()
    jt_ns = exec_code(convert_checked(BUFFERS_SOURCE), "buffers_jt.py")
    jt_model = jt_ns["Net"]()
    assert sorted(jt_model.state_dict()) == sorted(model.state_dict()) == ["fc.bias", "fc.weight", "scale"]
    assert jt_model.mask is None
    jt_model.load_parameters({k: v.detach().numpy() for k, v in model.state_dict().items()})
    x = make_input("f4,3")
    loss = pt["train"](model, to_torch(x))
    jt_loss = jt_ns["train"](jt_model, to_jittor(x))
    assert_same(loss.detach(), jt_loss)
    assert_same(torch.full((2,), 2.0), jt_model.scale)  # weight decay never reached it
    assert_same_state(model, jt_model, atol=1e-6)


# Methods PyTorch code calls on any module, which Jittor's classes lack, given to them by the helper package
# (runtime/jittor_compat/nn/module.py): `m.forward(x)` on a module the converter could not prove to be one,
# and `reset_parameters()` / `reset_running_stats()` (timm's ScaledStdConv2d calls `super().reset_parameters()`).
def test_forward_on_modules_held_in_lists():
    # hrnet's `down.forward(y)` over modules from a ModuleList: not provably modules
    code = ("class Net(nn.Module):\n"
            "    def __init__(self):\n"
            "        super().__init__()\n"
            "        self.downs = nn.ModuleList([nn.Sequential(nn.Linear(4, 4), nn.ReLU()), nn.Linear(4, 4)])\n"
            "    def forward(self, x):\n"
            "        for down in self.downs:\n"
            "            x = down.forward(x)\n"
            "        return x\n"
            "model = Net()\n")
    both = run_both(code, ["f2,4"], entry="model")
    assert_same(both.expected, both.actual)


def test_reset_parameters_keeps_pytorch_init_ranges():
    code = ("class Scaled(nn.Conv2d):\n"
            "    def __init__(self, *args, **kwargs):\n"
            "        super().__init__(*args, **kwargs)\n"
            "        self.reset_parameters()\n"
            "    def reset_parameters(self):\n"
            "        super().reset_parameters()\n"
            "def f(x):\n"
            "    conv, lin, bn = Scaled(3, 8, 3), nn.Linear(50, 4), nn.BatchNorm2d(3)\n"
            "    lin.reset_parameters()\n"
            "    bn.running_mean.fill_(5.0)\n"
            "    bn.reset_running_stats()\n"
            "    bn.reset_parameters()\n"
            "    bound, lin_bound = 1 / 27 ** 0.5, 1 / 50 ** 0.5\n"
            "    return (bool(conv.weight.abs().max() <= bound), bool(conv.weight.abs().max() > bound / 2),\n"
            "            bool(lin.weight.abs().max() <= lin_bound), bool(lin.bias.abs().max() <= lin_bound),\n"
            "            bn.running_mean, bn.running_var, bn.weight, bn.bias)\n")
    both = run_both(code, ["f1"])
    assert_same(both.expected, both.actual)


def test_dtype_methods_on_a_constructed_module(torch, jittor):
    """`nn.Linear(4, 3).double()`: a module's float()/double() called on the constructor's result
    (left to Jittor's Module, which has no double(): AttributeError)."""
    code = ("def f(x):\n"
            "    fc = nn.Linear(3, 2).double()\n"
            "    head = nn.Sequential(nn.Linear(3, 2)).double().float()\n"
            "    for p in list(fc.parameters()) + list(head.parameters()):\n"
            "        nn.init.constant_(p, 0.25)\n"
            "    return fc.weight.dtype == torch.float64, fc(x.double()), head(x), head[0].bias.dtype == torch.float32\n")
    both = run_both(code, ["f2,3"])
    assert_same(both.expected, both.actual)


def test_layer_class_names(torch, jittor):
    """`type(m).__name__` and `m.__class__.__name__ == "Conv2d"` (weight-init functions): Jittor's
    nn.ReLU was named `relu`, nn.LeakyReLU `leaky_relu`, nn.Conv2d `Conv`."""
    code = ("def f(x):\n"
            "    model = nn.Sequential(nn.Conv2d(3, 2, 1), nn.ReLU(), nn.LeakyReLU(0.2), nn.ReLU6(), nn.SiLU(),\n"
            "                          nn.GELU(), nn.Softmax(dim=1), nn.BatchNorm2d(2), nn.Linear(4, 2))\n"
            "    return [type(m).__name__ for m in model], [m.__class__.__name__ == 'Conv2d' for m in model]\n")
    both = run_both(code, ["f1,3,2,2"])
    assert_same(both.expected, both.actual)


def test_module_methods_on_container_items(torch, jittor):
    """`net[0].requires_grad_(False)` (freezing a layer), `net[2].double()`: methods tensors have too,
    on an item of a module. They were taken for tensor methods: the statement form was written back
    as an indexed tensor's (`'Linear' object has no attribute 'stop_grad'`), float() was missing."""
    code = ("def f(x):\n"
            "    net = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 2))\n"
            "    for p in net.parameters():\n"
            "        nn.init.constant_(p, 0.3)\n"
            "    net[0].requires_grad_(False)\n"
            "    flags = [p.requires_grad for p in net.parameters()]\n"
            "    net[-1].double().float()\n"
            "    out = net(x).sum()\n"
            "    out.backward()\n"
            "    ps = nn.ParameterList([nn.Parameter(torch.ones(2))])\n"
            "    ps[0].requires_grad_(False)\n"
            "    return (flags, net[0].weight.grad is None, net[2].weight.grad, net[2].bias.dtype == torch.float32,\n"
            "            ps[0].requires_grad)\n")
    both = run_both(code, ["f2,3"])
    assert_same(both.expected, both.actual)


def test_plain_tensor_attributes_are_neither_parameters_nor_buffers(torch, jittor):
    """`self.plain = torch.zeros(2)` (no Parameter, no register_buffer) is a plain attribute in
    PyTorch: Jittor counted it as a parameter (named_parameters, state_dict, the optimizer)."""
    both = _run('''
class Holder(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2, 2))
        self.plain = torch.zeros(2)
        self.cached = torch.ones(2).detach()
        self.frozen = nn.Parameter(torch.ones(1), requires_grad=False)
        self.fc = nn.Linear(2, 1)

    def forward(self, x):
        return self.fc(x @ self.w + self.plain) * self.frozen


def f(x):
    m = Holder()
    names = [n for n, _ in m.named_parameters()]
    keys = list(m.state_dict().keys())
    grads = [p.requires_grad for p in m.parameters()]
    sd = {k: torch.full_like(v, 0.5) for k, v in m.state_dict().items()}
    m.load_state_dict(sd, assign=True)
    after = [n for n, _ in m.named_parameters()]
    return names, keys, grads, after, m(x), len(list(m.buffers()))
''', ["f3,2"])
    assert "torch.nn.Module.named_parameters" in both.converted


def test_half_bfloat16_and_type_on_a_module(torch, jittor):
    """`model.half()`, `model.type(torch.float64)`: Jittor's Module has no type() (AttributeError)."""
    both = _run('''
def f(x):
    model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
    nn.init.constant_(model[0].weight, 0.5)
    nn.init.zeros_(model[0].bias)
    assert model.type(torch.float64) is model
    dtypes = [str(t.dtype).split('.')[-1] for t in list(model.parameters()) + [model[1].running_var]]
    model.half()
    half = [p.dtype == torch.float16 for p in model.parameters()]
    model.bfloat16()
    bf = [p.dtype == torch.bfloat16 for p in model.parameters()]
    model.float()
    return dtypes, half, bf, model(x)
''', ["f4,3"])
    assert {"torch.nn.Module.type", "torch.nn.Module.half", "torch.nn.Module.bfloat16"} <= both.converted


def test_deep_copies_keep_parameters_buffers_and_plain_tensors(torch, jittor):
    """`copy.deepcopy(layer)` (nn.TransformerEncoder's cloned layers, an EMA model): Jittor copies a
    Var through detach(), so the copy's weights were plain tensors: the cloned layers had no
    parameters in state_dict(), parameters() or the optimizer."""
    both = _run('''
import copy


class Scaled(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)
        self.register_buffer("count", torch.zeros(2))
        self.scale = torch.ones(2)  # plain attribute: neither parameter nor buffer


def f(x):
    layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8, dropout=0.0)
    encoder = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
    twin = copy.deepcopy(Scaled())
    ema = copy.deepcopy(twin)
    for p in list(twin.parameters()) + list(ema.parameters()):
        nn.init.constant_(p, 0.5)
    grads = [p.requires_grad for p in ema.parameters()] + [b.requires_grad for b in ema.buffers()]
    return (sorted(encoder.state_dict()), len(list(encoder.parameters())), sorted(ema.state_dict()),
            [n for n, _ in ema.named_parameters()], grads, ema.scale.requires_grad, ema.fc(x) * ema.scale)
''', ["f2,3"])
    assert "torch.nn.Module.state_dict" in both.converted


def test_module_methods_on_receivers_not_proven_modules(torch, jittor):
    """`self.model.eval()` in a user's class, `holder.model.state_dict()`: receivers the converter
    cannot prove to be modules keep the call as written, so Jittor's Module methods ran: its eval()
    stopped every parameter's gradient until its own train(), so after the helper's `model.train()`
    training silently stopped; its state_dict() lacked num_batches_tracked, its load_state_dict()
    neither raised nor returned the missing keys, its train() took no mode, its apply() visited
    parents first. The helper package gives Jittor's Module PyTorch's methods."""
    both = _run('''
class Holder:
    def __init__(self, model):
        self.model = model

    def validate(self, x):
        self.model.eval()
        with torch.no_grad():
            return self.model(x)

    def describe(self):
        sd = self.model.state_dict()
        order = []
        self.model.apply(lambda m: order.append(type(m).__name__))
        self.model.train(False)
        mode = self.model.training
        self.model.train()
        result = self.model.load_state_dict({k: v for k, v in sd.items() if k != "1.bias"}, strict=False)
        try:
            self.model.load_state_dict({"bogus": torch.zeros(1)})
            raised = False
        except RuntimeError:
            raised = True
        return list(sd), order, mode, self.model.training, list(result.missing_keys), raised


def f(x):
    model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
    for p in model.parameters():
        nn.init.constant_(p, 0.25)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    holder = Holder(model)
    losses, checks = [], []
    for _ in range(3):
        model.train()
        loss = (model(x) - 1).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        losses.append(loss)
        checks.append(holder.validate(x))
    return losses, checks, holder.describe()
''', ["f5,3"])
    assert "self.model.eval()" in both.code and "self.model.state_dict()" in both.code
