# api: torch.stack
import torch
xs = [torch.tensor([1, 2]), torch.tensor([3, 4]), torch.tensor([5, 6])]
s0 = torch.stack(xs)
s1 = torch.stack(xs, dim=1)
s_neg = torch.stack(xs, -1)
gen = torch.stack([x * 2 for x in xs]).sum(0)
