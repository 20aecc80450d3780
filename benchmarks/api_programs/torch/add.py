# api: torch.add
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([10.0, 20.0, 30.0])
total = torch.add(a, b)
scaled = torch.add(a, b, alpha=2)
ids = torch.tensor([1, 2, 3])
shifted = torch.add(ids, 5)
mixed = torch.add(ids, 0.5)
