"""torch.optim, lr schedulers, gradient clipping and `loss.backward()` (mappings/optim.py, mappings/nn/utils.py,
rules/optimizer_backward.py): the same training loop, run in both frameworks from the same
weights and data, must end with the same parameters and the same learning rates."""
import numpy as np
import pytest
from parity import convert_checked, exec_code, to_numpy

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
    for step in range(4):
        optimizer.zero_grad()
        for half in range(2):  # gradient accumulation: two backward passes per step
            loss = criterion(model(batches[step][half]), labels[step][half]) / 2
            loss.backward()
        {clip}
        optimizer.step()
        {sched_step}
        lrs.append(optimizer.param_groups[0]["lr"])
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
}

COVERED = {
    "torch.optim.SGD", "torch.optim.Adam", "torch.optim.AdamW", "torch.optim.RMSprop",
    "torch.optim.lr_scheduler.StepLR", "torch.optim.lr_scheduler.MultiStepLR",
    "torch.optim.lr_scheduler.ExponentialLR", "torch.optim.lr_scheduler.CosineAnnealingLR",
    "torch.optim.lr_scheduler.LambdaLR", "torch.nn.utils.clip_grad_norm_", "torch.Tensor.backward",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_training_loop_matches(torch, jittor, name):
    setup, clip, sched_step = CASES[name]
    source = MODEL.replace("{setup}", setup).replace("{clip}", clip or "pass").replace(
        "{sched_step}", sched_step or "pass")
    code = convert_checked(source)
    assert ".backward()" not in code and "optimizer.backward(loss)" in code
    rng = np.random.RandomState(0)
    batches = rng.standard_normal((4, 2, 3, 3, 8, 8)).astype("float32")
    labels = rng.randint(0, 5, (4, 2, 3))
    torch.manual_seed(0)
    pt_ns = exec_code(source, "optim_pt.py")
    jt_ns = exec_code(code, "optim_jt.py")
    pt_model, jt_model = pt_ns["Net"](), jt_ns["Net"]()
    start = {k: v.detach().numpy().copy() for k, v in pt_model.state_dict().items() if "num_batches" not in k}
    jt_model.load_parameters(start)
    pt_lrs = pt_ns["train"](pt_model, torch.from_numpy(batches), torch.from_numpy(labels))
    jt_lrs = jt_ns["train"](jt_model, jittor.array(batches), jittor.array(labels.astype("int64")))
    np.testing.assert_allclose(jt_lrs, pt_lrs, rtol=1e-6)
    jt_state = {k: to_numpy(v) for k, v in jt_model.state_dict().items()}
    moved = 0.0
    for key, value in pt_model.state_dict().items():
        if "num_batches" in key:
            continue
        expected = value.detach().numpy()
        np.testing.assert_allclose(jt_state[key], expected, rtol=2e-4, atol=2e-5, err_msg=key)
        moved = max(moved, float(np.abs(expected - start[key]).max()))
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
    x = np.random.RandomState(0).standard_normal((4, 3)).astype("float32")
    pt_ns, jt_ns = exec_code(RESUME, "resume_pt.py"), exec_code(convert_checked(RESUME), "resume_jt.py")
    for ns, array, name in ((pt_ns, torch.from_numpy(x), "pt.pt"), (jt_ns, jittor.array(x), "jt.pt")):
        straight, resumed = ns["resumed"](str(tmp_path / name), array)
        np.testing.assert_allclose(to_numpy(resumed), to_numpy(straight), rtol=1e-6, atol=1e-7)
