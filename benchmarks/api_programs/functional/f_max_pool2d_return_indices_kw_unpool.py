# api: torch.nn.functional.max_unpool2d
import torch
import torch.nn.functional as F
x = torch.sin(torch.arange(36.)).reshape(1, 1, 6, 6)
y, idx = F.max_pool2d(x, kernel_size=3, stride=2, padding=1, return_indices=True)
back = F.max_unpool2d(y, idx, kernel_size=3, stride=2, padding=1, output_size=(6, 6))
