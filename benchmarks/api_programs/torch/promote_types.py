# api: torch.promote_types
import torch
d = torch.promote_types(torch.int32, torch.float32)
