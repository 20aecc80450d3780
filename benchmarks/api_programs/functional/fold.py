# api: torch.nn.functional.fold
import torch
import torch.nn.functional as F
cols = torch.arange(16.).reshape(1, 4, 4)
y = F.fold(cols, output_size=(3, 3), kernel_size=2)
