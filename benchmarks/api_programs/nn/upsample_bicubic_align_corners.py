# api: torch.nn.Upsample
import torch
import torch.nn as nn
x = torch.sin(torch.arange(16.)).reshape(1, 1, 4, 4)
a = nn.Upsample(size=(6, 7), mode="bicubic", align_corners=True)(x)
b = nn.Upsample(scale_factor=1.5, mode="bicubic")(x)
