# api: torch.tensor
import torch
mixed = torch.tensor([1, 2.5])
ints = torch.tensor([1, 2, 3])
bools = torch.tensor([True, False])
nested = torch.tensor([[1, 2], [3, 4]], dtype=torch.float64)
from_tuple = torch.tensor((1.5, 2.5, 3.5))
scalar_int = torch.tensor(7)
mixed_dtype = mixed.dtype
ints_dtype = ints.dtype
