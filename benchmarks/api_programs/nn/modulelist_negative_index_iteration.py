# api: torch.nn.ModuleList
import torch
import torch.nn as nn
blocks = nn.ModuleList(nn.Linear(2, 2) for _ in range(3))
for i, b in enumerate(blocks):
    nn.init.constant_(b.weight, 0.1 * (i + 1))
    nn.init.zeros_(b.bias)
last_w = blocks[-1].weight
x = torch.ones(1, 2)
for b in blocks[::-1]:
    x = b(x)
rev_out = x
names = [n for n, _ in blocks.named_parameters()]
blocks[1] = nn.Identity()
kinds = [type(b).__name__ for b in blocks]
n_params = len(list(blocks.parameters()))
