# api: torch.allclose
import torch
same = torch.allclose(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0000001]))
