# api: torch.cat
import torch
xs = [torch.full((2,), float(i)) for i in range(3)]
xs[0] = xs[0] * 10
cat = torch.cat(xs)
pair = (torch.ones(2), torch.zeros(2))
first, second = pair
s = first.add(second).sum()
lst = [1, 2, 3]
lst[1] = 9
sizes = [t.size(0) for t in xs]
