# api: torch.nn.functional.fractional_max_pool2d
import torch
import torch.nn.functional as F
x = torch.cos(torch.arange(2 * 3 * 9 * 8, dtype=torch.float32).reshape(2, 3, 9, 8) * 0.7)
samples = torch.tensor([[[0.2, 0.8], [0.5, 0.5], [0.9, 0.1]], [[0.0, 0.3], [0.6, 0.4], [0.25, 0.75]]])
y, idx = F.fractional_max_pool2d(x, (3, 2), output_size=(4, 5), return_indices=True, _random_samples=samples)
half = F.fractional_max_pool2d(x, 2, output_ratio=(0.5, 0.5), _random_samples=samples)
