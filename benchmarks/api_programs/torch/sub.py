# api: torch.sub
import torch
a = torch.tensor([5.0, 7.0, 9.0])
b = torch.tensor([1.0, 2.0, 3.0])
diff = torch.sub(a, b)
scaled = torch.sub(a, b, alpha=2)
minus_one = torch.sub(a, 1)
ints = torch.sub(torch.tensor([10, 20]), torch.tensor([1, 2]))
promoted = torch.sub(torch.tensor([10, 20]), 0.5)
