# api: torch.nn.FractionalMaxPool2d
import torch
import torch.nn as nn
x = torch.arange(2 * 7 * 7, dtype=torch.float32).reshape(1, 2, 7, 7).flip(-1)
pool = nn.FractionalMaxPool2d(3, output_size=4, _random_samples=torch.tensor([[[0.3, 0.6], [0.9, 0.05]]]))
out = pool(x)
random_pool = nn.FractionalMaxPool2d(2, output_ratio=0.5)
results = {"out": out, "random_shape": random_pool(x).shape}
