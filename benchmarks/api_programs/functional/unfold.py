# api: torch.nn.functional.unfold
import torch
import torch.nn.functional as F
y = F.unfold(torch.arange(16.).reshape(1, 1, 4, 4), kernel_size=2, stride=2)
