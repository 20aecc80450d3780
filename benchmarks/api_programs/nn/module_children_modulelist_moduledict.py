# api: torch.nn.Module.children
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([nn.Linear(2, 2) for _ in range(2)])
        self.heads = nn.ModuleDict({"b": nn.Linear(2, 1), "a": nn.Linear(2, 3)})
m = M()
names = [n for n, _ in m.named_modules()]
keys = list(m.state_dict().keys())
head_keys = list(m.heads.keys())
