# api: torch.minimum
import torch
m = torch.minimum(torch.tensor([1, 5, 3]), torch.tensor([4, 2, 3]))
