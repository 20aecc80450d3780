# api: torch.manual_seed
import torch
torch.manual_seed(123)
_a = torch.rand(3)
torch.manual_seed(123)
_b = torch.rand(3)
same = torch.equal(_a, _b)
shape = _a.shape
in_range = bool(((_a >= 0) & (_a < 1)).all())
