# api: torch.can_cast
import torch
ok = torch.can_cast(torch.float64, torch.int32)
