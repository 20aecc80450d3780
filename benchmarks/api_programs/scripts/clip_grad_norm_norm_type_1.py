# api: torch.nn.utils.clip_grad_norm_
import torch
model = torch.nn.Linear(3, 2)
with torch.no_grad():
    model.weight.copy_(torch.arange(6.0).view(2, 3) / 10)
    model.bias.fill_(0.5)
model(torch.ones(4, 3)).pow(2).sum().backward()
n1 = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0, norm_type=1)
gw = model.weight.grad.clone()
gb = model.bias.grad.clone()
