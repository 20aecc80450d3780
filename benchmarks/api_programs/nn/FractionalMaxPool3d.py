# api: torch.nn.FractionalMaxPool3d
import torch
import torch.nn as nn
x = torch.cos(torch.arange(3 * 5 * 6 * 5, dtype=torch.float32).reshape(3, 5, 6, 5))
pool = nn.FractionalMaxPool3d(2, output_size=(3, 4, 3), return_indices=True,
                              _random_samples=torch.tensor([[[0.4, 0.1, 0.8], [0.2, 0.9, 0.5], [0.7, 0.3, 0.6]]]))
values, indices = pool(x)
