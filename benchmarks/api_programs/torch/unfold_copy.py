# api: torch.unfold_copy
import torch
x = torch.arange(1.0, 8.0)
windows = torch.unfold_copy(x, 0, 3, 2)
