# api: torch.eye
import torch
e = torch.eye(3)
e2 = torch.eye(2, 3, dtype=torch.int64)
