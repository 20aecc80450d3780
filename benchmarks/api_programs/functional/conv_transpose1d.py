# api: torch.nn.functional.conv_transpose1d
import torch
import torch.nn.functional as F
signal = torch.tensor([[[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]]])
weight = torch.arange(12.).reshape(2, 2, 3) / 4
out = F.conv_transpose1d(signal, weight)
out_strided = F.conv_transpose1d(signal, weight, bias=torch.tensor([1.0, 0.0]), stride=2, padding=1, output_padding=1)
