# api: torch.range
import torch
inclusive = torch.range(1, 4)
stepped = torch.range(0, 1, 0.25)
as_ints = torch.range(0, 6, 2, dtype=torch.int64)
