# api: torch.nn.MaxPool2d
import torch
import torch.nn as nn
x = torch.arange(2 * 3 * 6 * 6, dtype=torch.float32).view(2, 3, 6, 6)
mp = nn.MaxPool2d(2)(x)
mp_s = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)(x)
ap = nn.AvgPool2d(2, stride=2)(x)
aap = nn.AdaptiveAvgPool2d((1, 1))(x)
aap_flat = nn.AdaptiveAvgPool2d(1)(x).flatten(1)
amp = nn.AdaptiveMaxPool2d(3)(x)
ceil = nn.MaxPool2d(4, 4, ceil_mode=True)(x)
mp1 = nn.MaxPool1d(2)(torch.arange(12.).view(1, 2, 6))
small = nn.AvgPool2d(6)(x)
odd = nn.AdaptiveAvgPool2d(4)(x)
