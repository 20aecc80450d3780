# api: torch.Tensor.item
import torch
a = torch.tensor([3]).item()
b = torch.tensor([3.5]).item()
c = torch.tensor([True]).item()
types = (type(a).__name__, type(b).__name__, type(c).__name__)
d = torch.tensor([1, 2], dtype=torch.uint8).tolist()
