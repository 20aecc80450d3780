"""torch.optim, lr schedulers, gradient clipping, `loss.backward()`, `p.grad` and `zero_grad()`
(mappings/optim.py, mappings/nn/utils.py, rules/gradients.py, runtime/jittor_compat/optim.py): the same training loop, run in
both frameworks from the same weights and data, must end with the same parameters, losses,
learning rates and momenta."""
import numpy as np
import pytest
from parity import (assert_same, assert_same_state, convert_checked, exec_code, make_input, make_inputs, run_both,
                    state_arrays, to_jittor, to_numpy, to_torch)

pytestmark = pytest.mark.frameworks

MODEL = '''
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.optim import lr_scheduler


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(3, 4, 3, padding=1, bias=False)  # a bias before BatchNorm gets ~0 gradients: noise
        self.bn = nn.BatchNorm2d(4)
        self.fc = nn.Linear(4 * 4 * 4, 5)

    def forward(self, x):
        x = F.relu(self.bn(self.conv(x)))
        return self.fc(torch.flatten(F.max_pool2d(x, 2), 1))


def train(model, batches, labels):
    {setup}
    criterion = nn.CrossEntropyLoss()
    model.train()
    lrs = []
    for step in range(8):
        optimizer.zero_grad()
        for half in range(2):  # gradient accumulation: two backward passes per step
            loss = criterion(model(batches[step][half]), labels[step][half]) / 2
            loss.backward()
        {clip}
        optimizer.step()
        {sched_step}
        group = optimizer.param_groups[0]
        lrs.append((group["lr"], group.get("momentum", group.get("betas", (0.0,))[0])))
    return lrs
'''

CASES = {
    "SGD": ("optimizer = optim.SGD(model.parameters(), lr=0.1)", "", ""),
    "SGD momentum nesterov + StepLR": (
        "optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-3)\n"
        "    scheduler = lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)", "", "scheduler.step()"),
    "SGD dampening + clip_grad_norm_": (
        "optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.5, dampening=0.3)",
        "torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=0.5)", ""),
    "SGD + get_total_norm, clip_grads_with_norm_": (
        "optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.5)",
        "total = nn.utils.get_total_norm([p.grad for p in model.parameters()], norm_type=3.0)\n"
        "        nn.utils.clip_grads_with_norm_(model.parameters(), 0.2, total)", ""),
    "Adam + CosineAnnealingLR": (
        "optimizer = optim.Adam(model.parameters(), lr=0.01, weight_decay=1e-2)\n"
        "    scheduler = lr_scheduler.CosineAnnealingLR(optimizer, T_max=4, eta_min=1e-4)", "", "scheduler.step()"),
    "Adam amsgrad": ("optimizer = optim.Adam(model.parameters(), lr=0.01, betas=(0.8, 0.9), amsgrad=True)", "", ""),
    "AdamW default weight decay + MultiStepLR": (
        "optimizer = optim.AdamW(model.parameters(), lr=0.01)\n"
        "    scheduler = lr_scheduler.MultiStepLR(optimizer, milestones=[1, 3], gamma=0.1)", "", "scheduler.step()"),
    "RMSprop centered momentum + ExponentialLR": (
        "optimizer = optim.RMSprop(model.parameters(), lr=0.01, momentum=0.9, centered=True)\n"
        "    scheduler = lr_scheduler.ExponentialLR(optimizer, gamma=0.9)", "", "scheduler.step()"),
    "RMSprop + LambdaLR + clip inf-norm": (
        "optimizer = optim.RMSprop(model.parameters(), lr=0.01, weight_decay=1e-3)\n"
        "    scheduler = lr_scheduler.LambdaLR(optimizer, lambda epoch: 1.0 / (epoch + 1))",
        "nn.utils.clip_grad_norm_(model.parameters(), 0.1, norm_type=float('inf'))", "scheduler.step()"),
    "param groups": (
        "optimizer = optim.SGD([{'params': model.conv.parameters(), 'lr': 0.2},\n"
        "                           {'params': model.fc.parameters()}], lr=0.05, momentum=0.9)", "", ""),
    "SGD maximize + clip_grad_value_": (
        "optimizer = optim.SGD(model.parameters(), lr=0.01, momentum=0.5, maximize=True)",
        "nn.utils.clip_grad_value_(model.parameters(), 0.05)", ""),
    "Adam maximize": ("optimizer = optim.Adam(model.parameters(), lr=0.01, maximize=True)", "", ""),
    "Adadelta weight decay": ("optimizer = optim.Adadelta(model.parameters(), lr=0.5, rho=0.8, weight_decay=1e-2)",
                              "", ""),
    "Adagrad lr_decay": (
        "optimizer = optim.Adagrad(model.parameters(), lr=0.05, lr_decay=0.1, weight_decay=1e-3,\n"
        "                              initial_accumulator_value=0.1)", "", ""),
    "Adamax + MultiplicativeLR": (
        "optimizer = optim.Adamax(model.parameters(), weight_decay=1e-2)\n"
        "    scheduler = lr_scheduler.MultiplicativeLR(optimizer, lambda epoch: 0.9)", "", "scheduler.step()"),
    "NAdam + LinearLR": (
        "optimizer = optim.NAdam(model.parameters(), lr=0.01, weight_decay=1e-2, momentum_decay=0.01)\n"
        "    scheduler = lr_scheduler.LinearLR(optimizer, start_factor=0.5, total_iters=4)", "", "scheduler.step()"),
    "NAdam decoupled + ConstantLR": (
        "optimizer = optim.NAdam(model.parameters(), lr=0.01, weight_decay=1e-1, decoupled_weight_decay=True)\n"
        "    scheduler = lr_scheduler.ConstantLR(optimizer, factor=0.5, total_iters=3)", "", "scheduler.step()"),
    "RAdam rectified after step 5": (  # beta2=0.9: rho_t > 5 from step 6, both branches run
        "optimizer = optim.RAdam(model.parameters(), lr=0.01, betas=(0.9, 0.9), weight_decay=1e-2)", "", ""),
    "RAdam decoupled + PolynomialLR": (
        "optimizer = optim.RAdam(model.parameters(), lr=0.01, betas=(0.8, 0.9), weight_decay=0.1,\n"
        "                            decoupled_weight_decay=True)\n"
        "    scheduler = lr_scheduler.PolynomialLR(optimizer, total_iters=6, power=2.0)", "", "scheduler.step()"),
    "ASGD averaging from step 3": (
        "optimizer = optim.ASGD(model.parameters(), lr=0.05, lambd=1e-2, alpha=0.5, t0=3, weight_decay=1e-3)",
        "", ""),
    "Rprop": ("optimizer = optim.Rprop(model.parameters(), lr=0.01, etas=(0.4, 1.3), step_sizes=(1e-4, 0.05))",
              "", ""),
    "SGD + OneCycleLR cycling momentum": (
        "optimizer = optim.SGD(model.parameters(), lr=0.01, momentum=0.9)\n"
        "    scheduler = lr_scheduler.OneCycleLR(optimizer, max_lr=0.1, total_steps=8)", "", "scheduler.step()"),
    "Adam + OneCycleLR three-phase linear": (
        "optimizer = optim.Adam(model.parameters(), lr=0.01)\n"
        "    scheduler = lr_scheduler.OneCycleLR(optimizer, max_lr=0.05, epochs=2, steps_per_epoch=4,\n"
        "                                        anneal_strategy='linear', three_phase=True)", "", "scheduler.step()"),
    "SGD + CyclicLR triangular2": (
        "optimizer = optim.SGD(model.parameters(), lr=0.01, momentum=0.9)\n"
        "    scheduler = lr_scheduler.CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, step_size_up=2,\n"
        "                                      mode='triangular2')", "", "scheduler.step()"),
    "AdamW + CosineAnnealingWarmRestarts": (
        "optimizer = optim.AdamW(model.parameters(), lr=0.01)\n"
        "    scheduler = lr_scheduler.CosineAnnealingWarmRestarts(optimizer, T_0=2, T_mult=2, eta_min=1e-3)",
        "", "scheduler.step()"),
    "SGD + ReduceLROnPlateau": (
        "optimizer = optim.SGD(model.parameters(), lr=0.05)\n"
        "    scheduler = lr_scheduler.ReduceLROnPlateau(optimizer, mode='max', factor=0.5, patience=1)",
        "", "scheduler.step(loss.item())"),
    "SGD + SequentialLR(LinearLR, ExponentialLR)": (
        "optimizer = optim.SGD(model.parameters(), lr=0.05)\n"
        "    warmup = lr_scheduler.LinearLR(optimizer, start_factor=0.1, total_iters=3)\n"
        "    decay = lr_scheduler.ExponentialLR(optimizer, gamma=0.8)\n"
        "    scheduler = lr_scheduler.SequentialLR(optimizer, [warmup, decay], milestones=[3])", "", "scheduler.step()"),
    "user Optimizer and LRScheduler subclasses": (
        "class PlainSGD(optim.Optimizer):\n"
        "        def __init__(self, params, lr=0.1):\n"
        "            super().__init__(params, dict(lr=lr))\n"
        "\n"
        "        def step(self, closure=None):\n"
        "            for group in self.param_groups:\n"
        "                for p in group['params']:\n"
        "                    if p.grad is not None:\n"
        "                        p.data.add_(p.grad.data, alpha=-group['lr'])\n"
        "\n"
        "    class Warmup(lr_scheduler.LRScheduler):\n"
        "        def get_lr(self):\n"
        "            return [base * min(1.0, (self.last_epoch + 1) / 3) for base in self.base_lrs]\n"
        "\n"
        "    class Halving(lr_scheduler._LRScheduler):\n"
        "        def get_lr(self):\n"
        "            return [group['lr'] * (0.5 if self.last_epoch == 5 else 1.0) for group in self.optimizer.param_groups]\n"
        "\n"
        "    optimizer = PlainSGD(model.parameters(), lr=0.05)\n"
        "    scheduler = lr_scheduler.ChainedScheduler([Warmup(optimizer), Halving(optimizer)])",
        "", "scheduler.step()"),
    "SGD + ChainedScheduler(ConstantLR, ExponentialLR)": (
        "optimizer = optim.SGD(model.parameters(), lr=0.05)\n"
        "    scheduler = lr_scheduler.ChainedScheduler([lr_scheduler.ConstantLR(optimizer, factor=0.5, total_iters=2),\n"
        "                                               lr_scheduler.ExponentialLR(optimizer, gamma=0.9)])",
        "", "scheduler.step()"),
}

COVERED = {
    "torch.optim.SGD", "torch.optim.Adam", "torch.optim.AdamW", "torch.optim.RMSprop",
    "torch.optim.lr_scheduler.StepLR", "torch.optim.lr_scheduler.MultiStepLR",
    "torch.optim.lr_scheduler.ExponentialLR", "torch.optim.lr_scheduler.CosineAnnealingLR",
    "torch.optim.lr_scheduler.LambdaLR", "torch.nn.utils.clip_grad_norm_", "torch.nn.utils.get_total_norm",
    "torch.nn.utils.clip_grads_with_norm_", "torch.Tensor.backward",
    "torch.optim.Adadelta", "torch.optim.Adagrad", "torch.optim.Adamax", "torch.optim.NAdam", "torch.optim.RAdam",
    "torch.optim.ASGD", "torch.optim.Rprop", "torch.optim.LBFGS", "torch.nn.utils.clip_grad_value_",
    "torch.optim.lr_scheduler.MultiplicativeLR", "torch.optim.lr_scheduler.LinearLR",
    "torch.optim.lr_scheduler.ConstantLR", "torch.optim.lr_scheduler.PolynomialLR",
    "torch.optim.lr_scheduler.OneCycleLR", "torch.optim.lr_scheduler.CyclicLR",
    "torch.optim.lr_scheduler.CosineAnnealingWarmRestarts", "torch.optim.lr_scheduler.ReduceLROnPlateau",
    "torch.optim.lr_scheduler.SequentialLR", "torch.optim.lr_scheduler.ChainedScheduler", "torch.Tensor.zero_grad",
    "torch.optim.Optimizer", "torch.optim.lr_scheduler.LRScheduler", "torch.optim.lr_scheduler._LRScheduler",
    "torch.autograd.backward",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_training_loop_matches(torch, jittor, name):
    setup, clip, sched_step = CASES[name]
    source = MODEL.replace("{setup}", setup).replace("{clip}", clip or "pass").replace(
        "{sched_step}", sched_step or "pass")
    code = convert_checked(source)
    assert ".backward()" not in code and "t2j.backward(loss)" in code
    batches, labels = make_inputs(["f8,2,3,3,8,8", "i8,2,3:5"])
    torch.manual_seed(0)
    pt_ns = exec_code(source, "optim_pt.py")
    jt_ns = exec_code(code, "optim_jt.py")
    pt_model, jt_model = pt_ns["Net"](), jt_ns["Net"]()
    start = state_arrays(pt_model)
    jt_model.load_parameters(start)
    pt_lrs = pt_ns["train"](pt_model, to_torch(batches), to_torch(labels))
    jt_lrs = jt_ns["train"](jt_model, to_jittor(batches), to_jittor(labels))
    assert_same(pt_lrs, jt_lrs, atol=1e-12, rtol=1e-6)
    assert_same_state(pt_model, jt_model, atol=2e-5, rtol=2e-4)
    end = state_arrays(pt_model)
    moved = max(float(np.abs(end[key] - start[key]).max()) for key in start)
    assert moved > 1e-3  # the loop really trained: a no-op optimizer would pass the checks above


RESUME = '''
import torch
import torch.nn as nn


def train(model, optimizer, x, steps):
    for _ in range(steps):
        optimizer.zero_grad()
        loss = (model(x) ** 2).sum()
        loss.backward()
        optimizer.step()


def resumed(path, x):
    torch.manual_seed(0)
    model = nn.Linear(3, 2)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
    train(model, optimizer, x, 2)
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, path)
    checkpoint = torch.load(path)
    model2 = nn.Linear(3, 2)
    model2.load_state_dict(checkpoint["model"])
    optimizer2 = torch.optim.Adam(model2.parameters(), lr=0.1)
    optimizer2.load_state_dict(checkpoint["optimizer"])
    train(model, optimizer, x, 2)
    train(model2, optimizer2, x, 2)
    return model.weight, model2.weight
'''


def test_optimizer_state_survives_a_checkpoint(torch, jittor, tmp_path):
    """Resuming from a saved model+optimizer continues exactly where the run left off, in both."""
    x = make_input("f4,3")
    pt_ns, jt_ns = exec_code(RESUME, "resume_pt.py"), exec_code(convert_checked(RESUME), "resume_jt.py")
    for ns, array, name in ((pt_ns, to_torch(x), "pt.pt"), (jt_ns, to_jittor(x), "jt.pt")):
        straight, resumed = ns["resumed"](str(tmp_path / name), array)
        np.testing.assert_allclose(to_numpy(resumed), to_numpy(straight), rtol=1e-6, atol=1e-7)  # within a framework


LOOPS = '''
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim


def train_lbfgs(model, x, y):
    optimizer = optim.LBFGS(model.parameters(), max_iter=10, history_size=3)

    def closure():
        optimizer.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        return loss

    return [optimizer.step(closure).item() for _ in range(3)]


def train_manual(fc, xs, ys):
    """The regression example: no optimizer, module zero_grad, SGD by hand on the gradients."""
    losses = []
    for x, y in zip(xs, ys):
        fc.zero_grad()
        output = F.smooth_l1_loss(fc(x), y)
        loss = output.item()
        output.backward()
        for param in fc.parameters():
            param.data.add_(-0.1 * param.grad)
        losses.append(loss)
    return losses


def train_manual_set_to_none(model, xs, ys, lr):
    """No optimizer and no zero_grad(): gradients cleared by setting them to None."""
    losses = []
    for x, y in zip(xs, ys):
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        for p in model.parameters():
            p.data.add_(p.grad, alpha=-lr)
            p.grad = None
        losses.append(loss.item())
    return losses


def train_gan(netD, netG, reals, noises):
    """The DCGAN example: two optimizers, three backward() calls, zero_grad on modules."""
    criterion = nn.BCELoss()
    optimizerD = optim.Adam(netD.parameters(), lr=0.01, betas=(0.5, 0.999))
    optimizerG = optim.Adam(netG.parameters(), lr=0.01, betas=(0.5, 0.999))
    losses = []
    for real, noise in zip(reals, noises):
        netD.zero_grad()
        label = torch.full((real.size(0),), 1.0)
        errD_real = criterion(netD(real).view(-1), label)
        errD_real.backward()
        fake = netG(noise)
        label.fill_(0.0)
        errD_fake = criterion(netD(fake.detach()).view(-1), label)
        errD_fake.backward(retain_graph=True)
        optimizerD.step()
        netG.zero_grad()
        label.fill_(1.0)
        errG = criterion(netD(fake).view(-1), label)
        torch.autograd.backward(errG)
        optimizerG.step()
        losses.append([errD_real.item(), errD_fake.item(), errG.item()])
    return losses
'''


def _same_start(torch, jittor, pt_model, jt_model):
    jt_model.load_parameters({k: v.detach().numpy().copy() for k, v in pt_model.state_dict().items()})


@pytest.fixture(scope="module")
def loops(torch, jittor):
    code = convert_checked(LOOPS)
    assert ".backward(" not in code.replace("t2j.backward(", "") and ".grad" not in code.replace("grad_of", "")
    return exec_code(LOOPS, "loops_pt.py"), exec_code(code, "loops_jt.py")


def test_lbfgs_with_its_closure(torch, jittor, loops):
    pt_ns, jt_ns = loops
    rng = np.random.RandomState(1)  # data on which 30 L-BFGS steps stay within the tolerance below
    x, y = rng.standard_normal((16, 4)).astype("float32"), rng.standard_normal((16, 1)).astype("float32")
    torch.manual_seed(0)
    pt_model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
    jt_model = jittor.nn.Sequential(jittor.nn.Linear(4, 8), jittor.nn.Tanh(), jittor.nn.Linear(8, 1))
    _same_start(torch, jittor, pt_model, jt_model)
    pt_losses = pt_ns["train_lbfgs"](pt_model, torch.from_numpy(x), torch.from_numpy(y))
    jt_losses = jt_ns["train_lbfgs"](jt_model, jittor.array(x), jittor.array(y))
    assert_same(pt_losses, jt_losses, atol=0, rtol=1e-4)
    assert pt_losses[-1] < 0.1 * pt_losses[0]  # it optimised
    # 30 quasi-Newton iterations amplify float32 rounding (dot products summed in another order):
    # measured 1.5e-4 at most, on parameters of size ~1
    assert_same_state(pt_model, jt_model, atol=5e-4, rtol=1e-4)


@pytest.mark.parametrize("name", ["train_manual", "train_manual_set_to_none"])
def test_manual_sgd_on_p_grad(torch, jittor, loops, name):
    pt_ns, jt_ns = loops
    rng = np.random.RandomState(2)  # data on which six SGD steps lower the loss
    xs, ys = rng.standard_normal((6, 8, 3)).astype("float32"), rng.standard_normal((6, 8, 1)).astype("float32")
    torch.manual_seed(0)
    pt_model, jt_model = torch.nn.Linear(3, 1), jittor.nn.Linear(3, 1)
    _same_start(torch, jittor, pt_model, jt_model)
    extra = (0.1,) if name.endswith("none") else ()
    pt_losses = pt_ns[name](pt_model, torch.from_numpy(xs), torch.from_numpy(ys), *extra)
    jt_losses = jt_ns[name](jt_model, [jittor.array(x) for x in xs], [jittor.array(y) for y in ys], *extra)
    assert_same(pt_losses, jt_losses, atol=0, rtol=1e-4)
    assert pt_losses[-1] < pt_losses[0]
    assert_same_state(pt_model, jt_model, rtol=1e-4)


def test_gan_two_optimizers_three_backwards(torch, jittor, loops):
    pt_ns, jt_ns = loops
    rng = np.random.RandomState(3)
    reals = rng.standard_normal((5, 6, 4)).astype("float32")
    noises = rng.standard_normal((5, 6, 2)).astype("float32")
    torch.manual_seed(0)
    pt_d = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.LeakyReLU(0.2), torch.nn.Linear(8, 1),
                               torch.nn.Sigmoid())
    pt_g = torch.nn.Sequential(torch.nn.Linear(2, 8), torch.nn.ReLU(), torch.nn.Linear(8, 4))
    jn = jittor.nn
    jt_d = jn.Sequential(jn.Linear(4, 8), jn.LeakyReLU(0.2), jn.Linear(8, 1), jn.Sigmoid())
    jt_g = jn.Sequential(jn.Linear(2, 8), jn.ReLU(), jn.Linear(8, 4))
    _same_start(torch, jittor, pt_d, jt_d)
    _same_start(torch, jittor, pt_g, jt_g)
    pt_losses = pt_ns["train_gan"](pt_d, pt_g, torch.from_numpy(reals), torch.from_numpy(noises))
    jt_losses = jt_ns["train_gan"](jt_d, jt_g, [jittor.array(r) for r in reals], [jittor.array(n) for n in noises])
    assert_same(pt_losses, jt_losses, atol=0, rtol=1e-4)
    assert_same_state(pt_d, jt_d, rtol=1e-4)
    assert_same_state(pt_g, jt_g, rtol=1e-4)


UNREACHED = '''
import torch
import torch.nn as nn


def unreached(x):
    used, unused = nn.Linear(2, 2), nn.Linear(2, 2)
    for p in list(used.parameters()) + list(unused.parameters()):
        nn.init.constant_(p, 0.5)
    a = nn.Parameter(torch.tensor([1.0]))
    b = nn.Parameter(torch.tensor([2.0]))
    opt = torch.optim.Adam([a, b], lr=0.1)
    opt.zero_grad()
    (used(x).sum() * a).sum().backward()
    opt.step()
    norm = nn.utils.clip_grad_norm_(list(used.parameters()) + list(unused.parameters()), max_norm=0.1)
    return (a.detach(), b.detach(), norm, used.weight.grad, b.grad is None, unused.weight.grad is None,
            unused.bias.grad is None)
'''


def test_parameters_the_loss_never_reached_keep_grad_none(torch, jittor):
    # Jittor's jt.grad gives zeros for them; PyTorch leaves `.grad` None, an optimizer then skips the
    # parameter (Adam would move b by lr from a zero gradient's first step) and clipping ignores it
    x = make_input("f3,2")
    pt = exec_code(UNREACHED, "unreached_pt.py")["unreached"](to_torch(x))
    jt = exec_code(convert_checked(UNREACHED), "unreached_jt.py")["unreached"](to_jittor(x))
    assert pt[4:] == (True, True, True)
    assert_same(pt, jt, rtol=1e-5)


STATE = '''
import torch


class SignSGD(torch.optim.Optimizer):
    def __init__(self, params, lr=0.1):
        super().__init__(params, dict(lr=lr))

    @torch.no_grad()
    def step(self, closure=None):
        for group in self.param_groups:
            for p in group["params"]:
                state = self.state[p]
                if len(state) == 0:
                    state["buf"] = torch.zeros_like(p)
                state["buf"].mul_(0.5).add_(p.grad)
                p.add_(state["buf"].sign(), alpha=-group["lr"])


def per_parameter_state(start):
    w = start.clone().requires_grad_(True)
    v = start.clone().requires_grad_(True)
    custom, adam = SignSGD([w]), torch.optim.Adam([v], lr=0.1)
    for _ in range(3):
        for opt, p in ((custom, w), (adam, v)):
            opt.zero_grad()
            ((p - 0.3) ** 2).sum().backward()
            opt.step()
    return (w.detach(), custom.state[w]["buf"], adam.state[v]["exp_avg_sq"], float(adam.state[v]["step"]),
            v in adam.state, w in adam.state, len(adam.state), adam.state.get(w) is None)


def state_entries(start):
    out = []
    for make in (lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9), lambda ps: torch.optim.Adam(ps, lr=0.1),
                 lambda ps: torch.optim.NAdam(ps, lr=0.1), lambda ps: torch.optim.Rprop(ps),
                 lambda ps: torch.optim.ASGD(ps, lr=0.1, t0=1), lambda ps: torch.optim.Adagrad(ps)):
        w = start.clone().requires_grad_(True)
        opt = make([w])
        for _ in range(3):
            opt.zero_grad()
            (w ** 3).sum().backward()
            opt.step()
        entry = opt.state_dict()["state"][0]
        out.append((list(entry), [value for key, value in entry.items()], list(opt.param_groups[0])))
    return out


def loaded_step(start):
    w = start.clone().requires_grad_(True)
    opt = torch.optim.Adam([w], lr=0.1)
    entry = {"step": torch.tensor(7.0), "exp_avg": torch.full_like(w, 0.1), "exp_avg_sq": torch.full_like(w, 0.01)}
    saved = {"state": {0: entry}, "param_groups": [dict(opt.param_groups[0], params=[0])]}
    opt.load_state_dict(saved)
    (w ** 2).sum().backward()
    opt.step()
    return w.detach(), opt.state[w]["step"]


def shared_state(start):
    w, v = start.clone().requires_grad_(True), start.clone().requires_grad_(True)
    opt, opt2 = torch.optim.Adam([w], lr=0.1), torch.optim.Adam([v], lr=0.1)
    for _ in range(2):
        opt.zero_grad()
        (w ** 2).sum().backward()
        opt.step()
    saved = opt.state_dict()  # not a copy: it shows the steps taken after it
    opt2.load_state_dict(saved)  # opt2 shares saved's step count
    for o, p in ((opt, w), (opt2, v), (opt, w)):
        o.zero_grad()
        (p ** 2).sum().backward()
        o.step()
    return saved["state"][0]["step"], saved["state"][0]["exp_avg"], opt2.state[v]["step"], w.detach(), v.detach()
'''


def test_state_is_keyed_by_the_parameter(torch, jittor):
    """optimizer.state[p] (a user optimizer's own state, Adam's buffers read back): Jittor's Var is
    not hashable, a dict keyed by it raised TypeError."""
    both = run_both(STATE, ["f2,3"], entry="per_parameter_state", header="")
    assert both.expected[4:] == (True, False, 1, True)
    assert_same(both.expected, both.actual, rtol=1e-5)


def test_state_entries_and_group_keys_are_pytorchs(torch, jittor):
    """The state keeps PyTorch's entries in its order (SGD no step; step, ASGD's eta and mu, NAdam's
    mu_product 0-dim float32 tensors) and each param group PyTorch's keys."""
    both = run_both(STATE, ["f2,3"], entry="state_entries", header="")
    assert both.expected[0][0] == ["momentum_buffer"] and both.expected[4][0] == ["step", "eta", "mu", "ax"]
    assert_same(both.expected, both.actual, rtol=1e-5)


def test_state_dict_shares_the_optimizers_state(torch, jittor):
    """PyTorch's state_dict() holds the optimizer's own state (a later step shows in it) and
    load_state_dict keeps the tensors it is given: a checkpoint loaded into a live optimizer moves on with it."""
    both = run_both(STATE, ["f2,3"], entry="shared_state", header="")
    assert float(both.expected[0]) == float(both.expected[2]) == 5.0  # 2 steps, then 3 on the shared count
    assert_same(both.expected, both.actual, rtol=1e-5)


def test_a_loaded_step_count_drives_the_bias_correction(torch, jittor):
    both = run_both(STATE, ["f2,3"], entry="loaded_step", header="")
    assert float(both.expected[1]) == 8.0
    assert_same(both.expected, both.actual, rtol=1e-5)


WOLFE = '''
import torch


def wolfe(start):
    x = start.clone().requires_grad_(True)
    opt = torch.optim.LBFGS([x], lr=1, max_iter=8, history_size=4, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = ((x[1:] - x[:-1] ** 2) ** 2).sum() * 10 + ((1 - x[:-1]) ** 2).sum()  # Rosenbrock
        loss.backward()
        return loss

    losses = [opt.step(closure).item() for _ in range(3)]
    state = opt.state[x]
    return losses, x.detach(), state["func_evals"], state["n_iter"]
'''


def test_lbfgs_strong_wolfe_line_search(torch, jittor):
    """line_search_fn="strong_wolfe" raised NotImplementedError at run time; it is PyTorch's search."""
    both = run_both(WOLFE, ["f4"], entry="wolfe", header="")
    assert both.expected[2] > both.expected[3]  # the line search evaluated the closure more than once a step
    assert_same(both.expected, both.actual, rtol=1e-4, atol=1e-5)


SCHEDULER_STATE = '''
import torch


def scheduler_state(start):
    w = start.clone().requires_grad_(True)
    opt = torch.optim.SGD([w], lr=0.1)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    for _ in range(3):
        opt.step()
        sched.step()
    return sched.state_dict()
'''


def test_scheduler_state_dict_has_pytorchs_keys(torch, jittor):
    both = run_both(SCHEDULER_STATE, ["f2"], entry="scheduler_state", header="")
    assert list(both.expected) == list(both.actual)
    assert_same(both.expected, both.actual)
