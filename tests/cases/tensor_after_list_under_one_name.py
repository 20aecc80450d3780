import torch


def predict(x, layers):
    # mnist_forward_forward's pattern: a list gathered, then a tensor under the same name
    goodness = []
    for layer in layers:
        goodness += [layer(x).pow(2).mean(1).unsqueeze(1)]
    goodness = torch.cat(goodness, 1)
    best = goodness.argmax(1)
    if best.sum() > 0:
        top = goodness.max(1)
    goodness = ["a", "b"]  # a list again: its methods stay
    return best, top, goodness.index("a")


def rebound_in_loop(n):
    a = torch.zeros(3)
    for i in range(n):
        print(a.argmax(0))  # a list from the second pass on: a Var's argmax is PyTorch's, a list's its own
        a = []
    return a

# output
import jittor as jt
try:
    from . import jittor_compat as t2j
except ImportError:
    import jittor_compat as t2j


def predict(x, layers):
    # mnist_forward_forward's pattern: a list gathered, then a tensor under the same name
    goodness = []
    for layer in layers:
        goodness += [layer(x).pow(2).mean(1).unsqueeze(1)]
    goodness = jt.concat(goodness, 1)
    best = t2j.tensor_argmax(goodness, 1)
    if best.sum() > 0:
        top = t2j.tensor_max(goodness, 1)
    goodness = ["a", "b"]  # a list again: its methods stay
    return best, top, goodness.index("a")


def rebound_in_loop(n):
    a = t2j.zeros(3)
    for i in range(n):
        print(t2j.maybe_tensor(a).argmax(0))  # a list from the second pass on: a Var's argmax is PyTorch's, a list's its own
        a = []
    return a
