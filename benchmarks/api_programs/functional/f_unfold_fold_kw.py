# api: torch.nn.functional.unfold
import torch
import torch.nn.functional as F
x = torch.arange(2 * 5 * 5, dtype=torch.float32).reshape(1, 2, 5, 5)
patches = F.unfold(x, kernel_size=(2, 3), dilation=1, padding=1, stride=2)
back = F.fold(patches, output_size=(5, 5), kernel_size=(2, 3), padding=1, stride=2)
