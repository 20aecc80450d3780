# api: torch.isin
import torch
elements = torch.tensor([[1, 2], [3, 4]])
test = torch.tensor([2, 3])
mask = torch.isin(elements, test)
inv = torch.isin(elements, test, invert=True)
