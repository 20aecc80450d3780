# api: torch.nn.functional.glu
import torch
import torch.nn.functional as F
y = F.glu(torch.tensor([[1.0, 2.0, 0.0, 1.0]]))
