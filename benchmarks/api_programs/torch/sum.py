# api: torch.sum
import torch
x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
total = torch.sum(x)
col_sums = torch.sum(x, dim=0)
row_sums = torch.sum(x, 1, keepdim=True)
both = torch.sum(x, (0, 1))
ints = torch.sum(torch.tensor([1, 2, 3]))
as_float = torch.sum(torch.tensor([1, 2, 3]), dtype=torch.float32)
true_count = torch.sum(torch.tensor([True, False, True]))
