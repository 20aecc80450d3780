# api: torch.cond
import torch
x = torch.tensor([1.0, -2.0, 3.0])
positive_total = torch.cond(x.sum() > 0, lambda t: t * 2, lambda t: t.abs(), (x,))
negative_total = torch.cond(x.sum() > 10, lambda t: t * 2, lambda t: t.abs(), (x,))
