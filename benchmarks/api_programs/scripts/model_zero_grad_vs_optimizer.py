# api: torch.nn.Module.zero_grad
import torch
m = torch.nn.Linear(2, 2)
with torch.no_grad():
    m.weight.copy_(torch.eye(2))
    m.bias.zero_()
m(torch.ones(1, 2)).sum().backward()
m.zero_grad(set_to_none=False)
after_zero = m.weight.grad.clone()
m(torch.ones(1, 2) * 2).sum().backward()
second = m.weight.grad.clone()
m.zero_grad()
none_after = m.weight.grad is None
