# api: torch.nn.ModuleDict
import torch
import torch.nn as nn
heads = nn.ModuleDict({"b": nn.Linear(2, 1), "a": nn.Linear(2, 3)})
heads["c"] = nn.Linear(2, 2)
heads.update({"d": nn.Identity()})
keys = list(heads.keys())
has_a = "a" in heads
n = len(heads)
popped = type(heads.pop("d")).__name__
keys_after = list(heads.keys())
shapes = {k: tuple(m.weight.shape) for k, m in heads.items()}
param_names = [n for n, _ in heads.named_parameters()]
