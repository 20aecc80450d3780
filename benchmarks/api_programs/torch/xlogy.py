# api: torch.xlogy
import torch
x = torch.tensor([0.0, 1.0, 2.0, 0.0])
y = torch.tensor([0.0, 2.0, 3.0, float("nan")])
entropy_terms = torch.xlogy(x, y)
scalar_first = torch.xlogy(2, torch.tensor([1.0, 4.0]))
scalar_second = torch.xlogy(torch.tensor([1.0, 3.0]), 2.0)
