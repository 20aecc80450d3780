# api: torch.nn.Unfold
import torch
import torch.nn as nn
unfold = nn.Unfold(kernel_size=2)
image = torch.arange(18.).reshape(1, 2, 3, 3)
patches = unfold(image)
patches_strided = nn.Unfold(kernel_size=(2, 2), stride=2, padding=1)(image)
