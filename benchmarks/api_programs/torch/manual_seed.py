# api: torch.manual_seed
import torch
torch.manual_seed(42)
first = torch.rand(4)
torch.manual_seed(42)
second = torch.rand(4)
same = torch.equal(first, second)
results = {"same": same, "shape": first.shape, "dtype": first.dtype}
