# api: torch.Tensor.equal
import torch
a = torch.tensor([1, 2, 3])
same = a.equal(torch.tensor([1, 2, 3]))
different = a.equal(torch.tensor([1, 2, 4]))
shape_mismatch = a.equal(torch.tensor([[1, 2, 3]]))
