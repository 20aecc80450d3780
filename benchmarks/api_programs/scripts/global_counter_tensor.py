# api: torch.Tensor.sum
import torch
total = 0
for i in range(3):
    t = torch.full((2,), float(i))
    total = total + t.sum()
total_val = total
t_is_tensor = torch.is_tensor(total)
