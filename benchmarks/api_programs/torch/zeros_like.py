# api: torch.zeros_like
import torch
x = torch.tensor([[1.5, 2.0, 3.0], [4.0, 5.0, 6.0]])
blank = torch.zeros_like(x)
as_ints = torch.zeros_like(x, dtype=torch.int64)
from_ints = torch.zeros_like(torch.tensor([1, 2, 3]))
scalar = torch.zeros_like(torch.tensor(3.5))
