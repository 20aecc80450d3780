# api: torch.equal
import torch
a = torch.tensor([1.0, 2.0])
same = torch.equal(a, torch.tensor([1.0, 2.0]))
different = torch.equal(a, torch.tensor([1.0, 3.0]))
shape_mismatch = torch.equal(a, torch.tensor([[1.0, 2.0]]))
