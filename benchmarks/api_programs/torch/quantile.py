# api: torch.quantile
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0])
median = torch.quantile(x, 0.5)
quartiles = torch.quantile(x, torch.tensor([0.25, 0.75]))
m = torch.tensor([[0.0, 1.0, 2.0, 3.0], [10.0, 20.0, 30.0, 40.0]])
per_row = torch.quantile(m, 0.4, dim=1, keepdim=True)
nearest = torch.quantile(m, 0.4, dim=1, interpolation="nearest")
