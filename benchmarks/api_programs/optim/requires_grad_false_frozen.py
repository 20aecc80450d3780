# api: torch.optim.Adam
import torch
lin = torch.nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, -1.0], [0.5, 2.0]]))
    lin.bias.copy_(torch.tensor([0.1, -0.2]))
lin.bias.requires_grad_(False)
opt = torch.optim.Adam(filter(lambda p: p.requires_grad, lin.parameters()), lr=0.1)
x = torch.tensor([[1.0, 2.0], [3.0, -1.0]])
for _ in range(3):
    opt.zero_grad()
    lin(x).pow(2).mean().backward()
    opt.step()
weight = lin.weight.detach().clone()
bias = lin.bias.detach().clone()
