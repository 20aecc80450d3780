# api: torch.Tensor.numel
import torch
m = torch.nn.Sequential(torch.nn.Linear(10, 5), torch.nn.Linear(5, 2))
total = sum(p.numel() for p in m.parameters())
msg = f"params: {total / 1e3:.2f}K"
sizes = [tuple(p.size()) for p in m.parameters()]
nbytes = sum(p.numel() * p.element_size() for p in m.parameters())
